package dev.retort.ops;

import dev.retort.model.*;

/** Drops an index; carries its definition. */
public record DropIndex(String table, Index index) implements MigrationOp, TableOp {

    public DropIndex {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }
}
