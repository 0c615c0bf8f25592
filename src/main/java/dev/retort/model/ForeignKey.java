package dev.retort.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key from columns of the owning table to columns of {@code referencedTable}.
 *
 * @param name the constraint name, empty when the mapping left it to the database
 * @param columns the referencing columns
 * @param referencedTable the referenced table's name
 * @param referencedColumns the referenced columns, same count as {@code columns}
 * @param onDelete the ON DELETE action
 */
public record ForeignKey(Optional<String> name, List<String> columns, String referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " -> " + referencedTable
                    + referencedColumns + " needs the same number of columns on both sides");
        }
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(Optional.of(newName), columns, referencedTable, referencedColumns, onDelete);
    }

    /** Everything but the name. */
    public boolean sameShape(ForeignKey other) {
        return columns.equals(other.columns) && referencedTable.equals(other.referencedTable)
                && referencedColumns.equals(other.referencedColumns) && onDelete == other.onDelete;
    }
}
