package dev.retort.ops;

import dev.retort.model.*;

/** Drops a UNIQUE constraint; carries its definition. */
public record DropUniqueConstraint(String table, UniqueConstraint constraint) implements MigrationOp, TableOp {

    public DropUniqueConstraint {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropUniqueConstraint(this);
    }
}
