package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A named index over one or more columns (or expressions), in order.
 *
 * @param name the index name (indexes are always named in the database)
 * @param columns the indexed columns in index order; an entry that is not a plain column name is an
 *     SQL expression, e.g. {@code lower(email)}
 * @param unique whether the index enforces uniqueness
 * @param method the access method ({@code gin}, {@code gist}, {@code hash}…), lower case; empty for the
 *     database's default (btree)
 * @param where the predicate of a partial index, without {@code WHERE}
 */
@PublicApi
public record Index(String name, List<String> columns, boolean unique, String method, Optional<String> where) {

    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(where, "where");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no columns");
        }
        method = method.strip().toLowerCase(Locale.ROOT);
        if (method.equals("btree")) {
            method = "";
        }
        where = where.map(String::strip).filter(w -> !w.isEmpty());
    }

    /** A plain (btree, total) index. */
    public Index(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, "", Optional.empty());
    }

    public Index withMethod(String newMethod) {
        return new Index(name, columns, unique, newMethod, where);
    }

    public Index withWhere(Optional<String> newWhere) {
        return new Index(name, columns, unique, method, newWhere);
    }

    /** Same columns, uniqueness, method and predicate; the name is not part of the shape. */
    public boolean sameShape(Index other) {
        return unique == other.unique && columns.equals(other.columns) && method.equals(other.method)
                && where.map(CheckConstraint::normalise).equals(other.where.map(CheckConstraint::normalise));
    }
}
