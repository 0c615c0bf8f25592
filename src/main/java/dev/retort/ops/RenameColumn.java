package dev.retort.ops;

import dev.retort.model.*;

/** Renames a column, keeping its data. */
public record RenameColumn(String table, String from, String to) implements MigrationOp, TableOp {

    public RenameColumn {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitRenameColumn(this);
    }
}
