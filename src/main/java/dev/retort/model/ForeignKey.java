package dev.retort.model;

import dev.retort.annotations.PublicApi;
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
 * @param onUpdate the ON UPDATE action; JPA cannot declare one, so entities always mean NO ACTION
 */
@PublicApi
public record ForeignKey(Optional<String> name, List<String> columns, String referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " -> " + referencedTable
                    + referencedColumns + " needs the same number of columns on both sides");
        }
    }

    /** A key whose ON UPDATE is NO ACTION, the only one an entity can mean. */
    public ForeignKey(Optional<String> name, List<String> columns, String referencedTable,
                      List<String> referencedColumns, ReferentialAction onDelete) {
        this(name, columns, referencedTable, referencedColumns, onDelete, ReferentialAction.NO_ACTION);
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(Optional.of(newName), columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    /** The same key with other referencing columns (a column rename). */
    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    /** The same key pointing at {@code table} (a table rename). */
    public ForeignKey withReferencedTable(String table) {
        return new ForeignKey(name, columns, table, referencedColumns, onDelete, onUpdate);
    }

    /** The same key pointing at other columns of the referenced table (a column rename there). */
    public ForeignKey withReferencedColumns(List<String> newReferencedColumns) {
        return new ForeignKey(name, columns, referencedTable, newReferencedColumns, onDelete, onUpdate);
    }

    public ForeignKey withOnDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate);
    }

    public ForeignKey withOnUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action);
    }

    /**
     * The actions that are not the default NO ACTION, as the SQL clauses that follow {@code REFERENCES t (c)}:
     * {@code " ON DELETE CASCADE ON UPDATE SET NULL"}, each with a leading space; empty when both are NO ACTION.
     */
    public String actionClauses() {
        return (onDelete == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + onDelete.sql())
                + (onUpdate == ReferentialAction.NO_ACTION ? "" : " ON UPDATE " + onUpdate.sql());
    }

    /**
     * Everything but the name and the order of the column pairs: {@code (a, b) -> (x, y)} is the key
     * {@code (b, a) -> (y, x)}. Hibernate orders a composite key's columns by its own rules (which differ between
     * its versions and between its boot model and its DDL), and a schema written by hand keeps the order it was
     * written in; neither is a difference.
     */
    public boolean sameShape(ForeignKey other) {
        return referencedTable.equals(other.referencedTable) && onDelete == other.onDelete
                && onUpdate == other.onUpdate && pairs().equals(other.pairs());
    }

    private java.util.Set<List<String>> pairs() {
        java.util.Set<List<String>> pairs = new java.util.HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            pairs.add(List.of(columns.get(i), referencedColumns.get(i)));
        }
        return pairs;
    }
}
