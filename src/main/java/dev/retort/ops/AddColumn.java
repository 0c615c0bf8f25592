package dev.retort.ops;

import dev.retort.model.*;

/** Adds {@code column} to {@code table}. */
public record AddColumn(String table, Column column) implements MigrationOp {

    public AddColumn {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
