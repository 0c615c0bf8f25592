package dev.retort.ops;

import dev.retort.model.*;

/** Adds a named UNIQUE constraint. */
public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements MigrationOp, TableOp {

    public AddUniqueConstraint {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }
}
