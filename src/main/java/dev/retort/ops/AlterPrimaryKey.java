package dev.retort.ops;

import java.util.List;
import java.util.Objects;

/**
 * Adds, changes or drops a table's primary key; carries the key before so that it can be restored.
 *
 * @param table the table
 * @param from the primary-key columns before, in key order (empty for none)
 * @param to the primary-key columns after, in key order (empty to drop the key)
 */
public record AlterPrimaryKey(String table, List<String> from, List<String> to) implements MigrationOp {

    public AlterPrimaryKey {
        Objects.requireNonNull(table, "table");
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    @Override
    public MigrationOp inverse() {
        return new AlterPrimaryKey(table, to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterPrimaryKey(this);
    }
}
