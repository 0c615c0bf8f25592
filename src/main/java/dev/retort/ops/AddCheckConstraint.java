package dev.retort.ops;

import dev.retort.model.*;

/** Adds a CHECK constraint. */
public record AddCheckConstraint(String table, CheckConstraint check) implements MigrationOp, TableOp {

    public AddCheckConstraint {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddCheckConstraint(this);
    }
}
