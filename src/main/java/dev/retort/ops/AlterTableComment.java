package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * Sets, changes or removes a table's comment; carries the previous comment so that it can be restored.
 * Column comments change with {@link AlterColumn}.
 *
 * @param table the table
 * @param from the comment before, empty for none
 * @param to the comment after, empty to remove it
 */
public record AlterTableComment(String table, Optional<String> from, Optional<String> to) implements MigrationOp, TableOp {

    public AlterTableComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        // the same normalisation as the model: an empty comment is no comment
        from = from.filter(c -> !c.isEmpty());
        to = to.filter(c -> !c.isEmpty());
    }

    @Override
    public MigrationOp inverse() {
        return new AlterTableComment(table, to, from);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterTableComment(this);
    }
}
