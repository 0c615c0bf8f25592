package dev.retort.ops;

import dev.retort.model.*;

/** Drops a CHECK constraint; carries its definition. */
public record DropCheckConstraint(String table, CheckConstraint check) implements MigrationOp, TableOp {

    public DropCheckConstraint {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropCheckConstraint(this);
    }
}
