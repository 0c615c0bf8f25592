package dev.retort.ops;

import dev.retort.model.*;

/**
 * Drops a column; carries its full definition and the column that followed it, so the drop can be undone with
 * the column back in its place (the data cannot come back).
 *
 * @param followedBy the column after the dropped one in the table, empty when it was the last
 */
public record DropColumn(String table, Column column, java.util.Optional<String> followedBy) implements MigrationOp, TableOp {

    public DropColumn {
        java.util.Objects.requireNonNull(table, "table");
        java.util.Objects.requireNonNull(followedBy, "followedBy");
    }

    /** A drop whose undo appends the column. */
    public DropColumn(String table, Column column) {
        this(table, column, java.util.Optional.empty());
    }

    @Override
    public MigrationOp inverse() {
        return new AddColumn(table, column, followedBy);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
