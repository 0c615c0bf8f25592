package dev.retort.dialect;

/**
 * What a database can do in place; anything it cannot, the runtime does another way (SQLite: table rebuild).
 *
 * @param transactionalDdl DDL runs inside a transaction and rolls back with it
 * @param alterColumnType ALTER COLUMN ... TYPE exists
 * @param alterConstraints constraints (UNIQUE, FK, CHECK) can be added or dropped on an existing table
 * @param identityIsIntegerAlias an identity column is always the 64-bit rowid alias, whatever integer width the entity declares
 * @param indexMethods indexes have access methods (GIN, GiST…); without them every index is the default kind
 * @param advisoryLocks the database offers session-level advisory locks
 * @param comments tables and columns can carry comments (PostgreSQL's {@code COMMENT ON}); without them the
 *     entities' comments are neither written nor compared
 * @param storedAs type kinds the database stores exactly as another type, so that a column of one is already a
 *     column of the other (SQLite: what Hibernate writes as {@code timestamp}, {@code blob} or {@code clob};
 *     PostgreSQL: the large objects, an {@code oid})
 * @param sequenceSettings the database keeps a sequence's start and increment; SQLite's one-row stand-in table
 *     keeps only the next value, so they are neither read nor compared there
 * @param names how the database stores and matches the model's names ({@link dev.retort.model.Identifiers}):
 *     PostgreSQL folds unmarked names to lower case; SQLite keeps them and ignores case when matching
 * @param enumTypes the database keeps named enum types in its catalog; SQLite does not (a column of one is text),
 *     so there the enum types that exist are those its applied migrations created
 * @param valueListLength the database keeps the declared length of a string column that a check limits to a list
 *     of values ({@link dev.retort.model.ValueList}); MariaDB makes such a column a native {@code enum}, which has
 *     its values and no length, so there that length is neither kept nor compared
 */
public record Capabilities(boolean transactionalDdl, boolean alterColumnType, boolean alterConstraints,
                           boolean identityIsIntegerAlias, boolean indexMethods, boolean advisoryLocks,
                           boolean comments,
                           java.util.Map<dev.retort.model.TypeKind, dev.retort.model.ColumnType> storedAs,
                           boolean sequenceSettings, dev.retort.model.NameMatching names, boolean enumTypes,
                           boolean valueListLength) {
    public Capabilities {
        storedAs = java.util.Map.copyOf(storedAs);
    }
}
