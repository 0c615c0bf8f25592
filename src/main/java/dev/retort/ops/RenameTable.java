package dev.retort.ops;

import java.util.Objects;

/** Renames a table, keeping its rows. {@link #table()} is the old name. */
public record RenameTable(String table, String to) implements MigrationOp, TableOp {

    public RenameTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public MigrationOp inverse() {
        return new RenameTable(to, table);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }
}
