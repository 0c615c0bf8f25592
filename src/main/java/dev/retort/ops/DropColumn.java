package dev.retort.ops;

import dev.retort.model.*;

/** Drops a column; carries its full definition so the drop can be undone (the data cannot). */
public record DropColumn(String table, Column column) implements MigrationOp {

    public DropColumn {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
