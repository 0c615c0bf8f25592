package dev.retort.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A primary key: inside {@code createTable(...)}, {@code primaryKey("mmsi", "rule_type")}, and on either side of
 * {@code alterPrimaryKey}. Chain {@link #named} to give the constraint a name of its own; without one the
 * database names it (PostgreSQL: {@code <table>_pkey}).
 *
 * @param columns the key columns, in order (none: no primary key)
 * @param name the constraint's name, if it is not the database's default
 */
public record PrimaryKeyDef(List<String> columns, Optional<String> name) implements TableElement {
    public PrimaryKeyDef {
        columns = List.copyOf(columns);
        Objects.requireNonNull(name, "name");
    }

    /** A key with the database's default name. */
    public PrimaryKeyDef(List<String> columns) {
        this(columns, Optional.empty());
    }

    /** The same key under the constraint name {@code constraintName}. */
    public PrimaryKeyDef named(String constraintName) {
        return new PrimaryKeyDef(columns, Optional.of(constraintName));
    }
}
