package dev.retort.dialect;

import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;
import java.util.List;
import java.util.Optional;

/**
 * One database's SQL: identifier quoting, type spelling, and the statements that perform each op.
 * Stateless; one instance per database. Nothing outside {@code dialect} asks which database it is.
 */
public interface SqlDialect {

    /** Short lower-case name: {@code sqlite}, {@code postgresql}. */
    String name();

    /** The Hibernate dialect class that derives entity types for this database. */
    String hibernateDialect();

    Capabilities capabilities();

    /** How the database folds an unquoted identifier (PostgreSQL: lower case; SQLite keeps it). */
    default String fold(String unquotedIdentifier) {
        return unquotedIdentifier;
    }

    /**
     * Quotes a model name ({@link dev.retort.model.Identifiers}) for use in SQL, as the database stores it: folded
     * as the database folds an unquoted identifier unless it is marked to keep its case.
     */
    String quote(String identifier);

    /** The database's spelling of a canonical type. */
    String typeSql(ColumnType type);

    /**
     * The statements that perform {@code op} on a database whose schema is {@code before}
     * (SQLite needs the prior table shape to rebuild it). Statements carry no trailing semicolon.
     */
    List<String> statements(MigrationOp op, SchemaModel before);

    /**
     * Whether {@code next}, applied to {@code between} (the schema after {@code op}), can run in one step with
     * {@code op}, applied to {@code before}: SQLite rebuilds a table once for consecutive changes to it that each
     * need a rebuild, so its rows are copied once instead of once per change. False by default.
     */
    default boolean joins(MigrationOp op, SchemaModel before, MigrationOp next, SchemaModel between) {
        return false;
    }

    /**
     * The statements that perform {@code run}, ops applied in order on {@code before}, that {@link #joins} put
     * together; by default each op's own statements, one after the other.
     */
    default List<String> statements(List<MigrationOp> run, SchemaModel before) {
        List<String> out = new java.util.ArrayList<>();
        SchemaModel model = before;
        for (MigrationOp op : run) {
            out.addAll(statements(op, model));
            model = dev.retort.ops.ModelFolder.apply(model, op);
        }
        return out;
    }

    /** Creates the version table if missing: one {@code version_num} primary-key column. */
    String createVersionTable(String table);

    /**
     * Whether {@code sql} ends the open transaction on its own, as if a {@code COMMIT} ran before it: on a database
     * without transactional DDL ({@link Capabilities#transactionalDdl()} false), its DDL. The runner commits before
     * such a statement, so that what a failed migration leaves behind is known: what ran up to the last of them
     * stays, what ran after it is rolled back. False by default.
     */
    default boolean commitsImplicitly(String sql) {
        return false;
    }

    /** JDBC connection properties this database needs for migrations (e.g. SQLite's immediate transactions). */
    default java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of();
    }

    /**
     * A statement that blocks until this session holds the lock that serialises migrations of
     * {@code versionTable}, or empty when the database has no such lock (SQLite serialises writers itself).
     * The runner executes it on the migration connection before it reads the version table, and
     * {@link #unlockStatement} on the same connection when it is done. The lock belongs to the session, not to
     * a transaction: commits and rollbacks in between keep it, and closing the connection releases it.
     */
    default Optional<String> lockStatement(String versionTable) {
        return Optional.empty();
    }

    /**
     * Statements run once on the migrating session before it takes the lock, so that a runner killed mid-migration
     * does not leave a session holding the lock for long; empty when the database needs none.
     */
    default List<String> sessionGuards() {
        return List.of();
    }

    /**
     * A query of one boolean: whether this session took the lock of {@link #lockStatement} at once (without
     * waiting); empty when the database has no such lock.
     */
    default Optional<String> tryLockStatement(String versionTable) {
        return Optional.empty();
    }

    /** A query describing each session that holds that lock, one text column per row; empty when unknown. */
    default Optional<String> lockHolderQuery(String versionTable) {
        return Optional.empty();
    }

    /**
     * Where writers wait on each other instead of a migration lock (SQLite): statements that try to take the write
     * lock at once and give it back, so a runner can tell that it will wait; they fail when another writer holds
     * it. Empty when the database has a migration lock ({@link #tryLockStatement}).
     */
    default List<String> writeLockProbe() {
        return List.of();
    }

    /** Statements that make this session wait up to {@code timeout} for a busy database again, after the probe. */
    default List<String> waitFor(java.time.Duration timeout) {
        return List.of();
    }

    /**
     * The statement a person runs to end a lingering session that holds the lock, with the placeholder the
     * {@link #lockHolderQuery} rows name it by ({@code SELECT pg_terminate_backend(PID)}); empty when unknown.
     */
    default Optional<String> endSessionStatement() {
        return Optional.empty();
    }

    /** Releases the lock {@link #lockStatement} took for {@code versionTable}; empty when there is none. */
    default Optional<String> unlockStatement(String versionTable) {
        return Optional.empty();
    }

    /** An SQL string literal. */
    default String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
