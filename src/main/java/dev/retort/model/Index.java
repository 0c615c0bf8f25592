package dev.retort.model;

import java.util.List;
import java.util.Objects;

/**
 * A named index over one or more columns, in order.
 *
 * @param name the index name (indexes are always named in the database)
 * @param columns the indexed columns, in index order
 * @param unique whether the index enforces uniqueness
 */
public record Index(String name, List<String> columns, boolean unique) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no columns");
        }
    }

    /** Same columns, same uniqueness; the name is not part of the shape. */
    public boolean sameShape(Index other) {
        return unique == other.unique && columns.equals(other.columns);
    }
}
