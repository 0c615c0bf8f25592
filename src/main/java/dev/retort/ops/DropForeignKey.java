package dev.retort.ops;

import dev.retort.model.*;

/** Drops a foreign key; carries its definition. */
public record DropForeignKey(String table, ForeignKey foreignKey) implements MigrationOp, TableOp {

    public DropForeignKey {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropForeignKey(this);
    }
}
