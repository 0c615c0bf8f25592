package dev.retort.ops;

import dev.retort.model.*;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Changes a column's type, nullability, default, identity or comment; {@code from} and {@code to} have the same
 * name.
 *
 * @param changes which aspects the op changes, decided once by whoever made it: the differ names the aspects it
 *     found different by its rules ({@link ColumnChange}), a migration's {@code op.alterColumn} every aspect in
 *     which the two definitions differ. Always a subset of {@link ColumnChange#between}; not part of what a
 *     migration's checksum covers, since it follows from the columns.
 */
public record AlterColumn(String table, Column from, Column to, Set<ColumnChange> changes) implements MigrationOp, TableOp {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = changes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(changes));
        Set<ColumnChange> differ = ColumnChange.between(from, to);
        if (!differ.containsAll(changes)) {
            throw new IllegalArgumentException("alter column " + table + "." + to.name() + " says it changes "
                    + changes + ", but the two definitions differ only in " + differ);
        }
    }

    /** The alter that changes every aspect in which {@code from} and {@code to} differ. */
    public AlterColumn(String table, Column from, Column to) {
        this(table, from, to, ColumnChange.between(from, to));
    }

    @Override
    public MigrationOp inverse() {
        return new AlterColumn(table, to, from, changes);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }

    /** The same change of the columns spelled {@code from} and {@code to}, in table {@code table}. */
    public AlterColumn respelled(String table, Column from, Column to) {
        return new AlterColumn(table, from, to, changes);
    }

    public boolean changes(ColumnChange aspect) {
        return changes.contains(aspect);
    }

    /** Whether only the comment changes (or nothing): no data is touched. */
    public boolean onlyComment() {
        return !changes.contains(ColumnChange.TYPE) && !changes.contains(ColumnChange.NULLABILITY)
                && !changes.contains(ColumnChange.DEFAULT) && !changes.contains(ColumnChange.IDENTITY);
    }

    /** Whether the new type may reject or truncate existing values. */
    public boolean narrowsType() {
        return changes.contains(ColumnChange.TYPE) && !isWidening(from.type(), to.type());
    }

    /** Whether the column becomes NOT NULL. */
    public boolean addsNotNull() {
        return changes.contains(ColumnChange.NULLABILITY) && from.nullable() && !to.nullable();
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
