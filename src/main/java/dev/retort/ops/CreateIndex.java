package dev.retort.ops;

import dev.retort.model.*;

/** Creates an index on an existing table. */
public record CreateIndex(String table, Index index) implements MigrationOp, TableOp {

    public CreateIndex {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
