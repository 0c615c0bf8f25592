package dev.retort.ops;

import dev.retort.model.*;

/** Changes a column's type, nullability, default, identity or comment; {@code from} and {@code to} have the same name. */
public record AlterColumn(String table, Column from, Column to) implements MigrationOp {

    public AlterColumn {
        java.util.Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOp inverse() {
        return new AlterColumn(table, to, from);
    }

    @Override
    public boolean isDestructive() {
        return isNarrowing();
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }

    /** Whether the new definition may reject or truncate existing values. */
    public boolean isNarrowing() {
        boolean typeNarrows = !from.type().equals(to.type()) && !isWidening(from.type(), to.type());
        return typeNarrows || (from.nullable() && !to.nullable());
    }

    private static boolean isWidening(ColumnType a, ColumnType b) {
        if (a.kind() == b.kind()) {
            return switch (a.kind().shape()) {
                case LENGTH -> b.length() == 0 || (a.length() > 0 && b.length() >= a.length());
                case PRECISION_SCALE -> b.precision() == 0
                        || (a.precision() > 0 && b.scale() >= a.scale() && b.precision() - b.scale() >= a.precision() - a.scale());
                case PLAIN, RAW -> false;
            };
        }
        if (b.kind() == TypeKind.TEXT) {
            return a.kind() == TypeKind.VARCHAR || a.kind() == TypeKind.CHAR;
        }
        if (a.kind().isIntegral() && b.kind().isIntegral()) {
            return b.kind().ordinal() > a.kind().ordinal();
        }
        return false;
    }

    /** The column name; alter ops never rename. */
    public String column() {
        return to.name();
    }
}
