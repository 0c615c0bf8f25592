package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table: its columns in declaration order, primary key, indexes and constraints.
 *
 * <p>Invariants: column names are unique; every key, index and constraint names existing columns.
 * Indexes are kept sorted by name, other constraint lists in the order given.
 *
 * @param name the physical table name
 * @param columns the columns, in order
 * @param primaryKey the primary-key columns, in key order (empty for none)
 * @param indexes the indexes, by name
 * @param uniqueConstraints the UNIQUE constraints
 * @param foreignKeys the foreign keys
 * @param checks the CHECK constraints
 * @param comment the table's comment, verbatim, if any; an empty comment is no comment (see {@link Column})
 * @param primaryKeyName the primary-key constraint's name when it is not the one the database gives by default
 *     (PostgreSQL: {@code <table>_pkey}); empty for the default name, for no key, and for databases that keep
 *     no such name (SQLite). Entities never name their key, so the differ does not compare it: it only tells a
 *     migration which constraint to drop, and lets the downgrade restore the name.
 */
@PublicApi
public record Table(String name, List<Column> columns, List<String> primaryKey, List<Index> indexes,
                    List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys,
                    List<CheckConstraint> checks, Optional<String> comment, Optional<String> primaryKeyName) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = indexes.stream().sorted(java.util.Comparator.comparing(Index::name)).toList();
        uniqueConstraints = List.copyOf(uniqueConstraints);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        Objects.requireNonNull(comment, "comment");
        comment = comment.filter(c -> !c.isEmpty());
        Objects.requireNonNull(primaryKeyName, "primaryKeyName");
        primaryKeyName = primaryKey.isEmpty() ? Optional.empty() : primaryKeyName.filter(n -> !n.isEmpty());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table " + name + " has column " + c.name() + " twice");
            }
        }
        for (String pk : primaryKey) {
            if (!seen.contains(pk)) {
                throw new IllegalArgumentException("primary key of " + name + " names unknown column " + pk);
            }
        }
    }

    /** A table whose primary key, if any, has the database's default name. */
    public Table(String name, List<Column> columns, List<String> primaryKey, List<Index> indexes,
                 List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                 Optional<String> comment) {
        this(name, columns, primaryKey, indexes, uniqueConstraints, foreignKeys, checks, comment, Optional.empty());
    }

    /** A table without a comment. */
    public Table(String name, List<Column> columns, List<String> primaryKey, List<Index> indexes,
                 List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys, List<CheckConstraint> checks) {
        this(name, columns, primaryKey, indexes, uniqueConstraints, foreignKeys, checks, Optional.empty());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, indexes, uniqueConstraints, foreignKeys, checks,
                comment, primaryKeyName);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, indexes, uniqueConstraints, foreignKeys, checks,
                comment, primaryKeyName);
    }

    public Table withPrimaryKey(List<String> newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, indexes, uniqueConstraints, foreignKeys, checks,
                comment, primaryKeyName);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, newIndexes, uniqueConstraints, foreignKeys, checks,
                comment, primaryKeyName);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, indexes, newUniques, foreignKeys, checks,
                comment, primaryKeyName);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, indexes, uniqueConstraints, newForeignKeys, checks,
                comment, primaryKeyName);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, indexes, uniqueConstraints, foreignKeys, newChecks,
                comment, primaryKeyName);
    }

    public Table withComment(Optional<String> newComment) {
        return new Table(name, columns, primaryKey, indexes, uniqueConstraints, foreignKeys, checks,
                newComment, primaryKeyName);
    }

    /** The same table with its primary-key constraint named {@code newName} (empty: the database's default). */
    public Table withPrimaryKeyName(Optional<String> newName) {
        return new Table(name, columns, primaryKey, indexes, uniqueConstraints, foreignKeys, checks,
                comment, newName);
    }

    /** Replaces the column named {@code columnName}; fails if there is none. */
    public Table mapColumn(String columnName, UnaryOperator<Column> change) {
        if (column(columnName).isEmpty()) {
            throw new IllegalArgumentException("table " + name + " has no column " + columnName);
        }
        return withColumns(columns.stream().map(c -> c.name().equals(columnName) ? change.apply(c) : c).toList());
    }

    /** Fluent construction for tests and the migration DSL. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private List<String> primaryKey = List.of();
        private final List<Index> indexes = new ArrayList<>();
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private Optional<String> comment = Optional.empty();
        private Optional<String> primaryKeyName = Optional.empty();

        private Builder(String name) {
            this.name = name;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder primaryKey(List<String> columnNames) {
            primaryKey = List.copyOf(columnNames);
            return this;
        }

        public Builder index(Index index) {
            indexes.add(index);
            return this;
        }

        public Builder unique(UniqueConstraint unique) {
            uniques.add(unique);
            return this;
        }

        public Builder foreignKey(ForeignKey foreignKey) {
            foreignKeys.add(foreignKey);
            return this;
        }

        public Builder check(CheckConstraint check) {
            checks.add(check);
            return this;
        }

        /** Names the primary-key constraint (default: the database's own name). */
        public Builder primaryKeyName(String constraintName) {
            primaryKeyName = Optional.of(constraintName);
            return this;
        }

        public Builder comment(String text) {
            comment = Optional.of(text);
            return this;
        }

        public Table build() {
            return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, primaryKeyName);
        }
    }
}
