package dev.retort.ops;

import dev.retort.model.*;

/** Adds a named foreign key. */
public record AddForeignKey(String table, ForeignKey foreignKey) implements MigrationOp, TableOp {

    public AddForeignKey {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }
}
