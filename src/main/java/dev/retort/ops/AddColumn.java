package dev.retort.ops;

import dev.retort.model.*;

/**
 * Adds {@code column} to {@code table}: last, or where {@code before} says, in front of that column (how a
 * downgrade puts a dropped column back where it was). PostgreSQL has no column positions and always appends;
 * SQLite rebuilds the table to place it.
 *
 * @param before the column the new one goes in front of; empty to append it
 */
public record AddColumn(String table, Column column, java.util.Optional<String> before) implements MigrationOp, TableOp {

    public AddColumn {
        java.util.Objects.requireNonNull(table, "table");
        java.util.Objects.requireNonNull(before, "before");
    }

    /** Appends {@code column}. */
    public AddColumn(String table, Column column) {
        this(table, column, java.util.Optional.empty());
    }

    @Override
    public MigrationOp inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
