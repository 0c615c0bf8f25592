package dev.retort.dialect.mariadb;

import dev.retort.dialect.Capabilities;
import dev.retort.dialect.SqlDialect;
import dev.retort.model.ColumnType;
import dev.retort.model.NameMatching;
import dev.retort.model.SchemaModel;
import dev.retort.model.ValueList;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterPrimaryKey;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.MigrationOp;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB 10.11 (10.7 and later for the {@code uuid} type): ALTER TABLE for every change, {@code AUTO_INCREMENT}
 * identity columns, sequences, CHECK constraints, table and column comments, and a named lock for migrations.
 *
 * <p>Identifiers are always quoted with backticks. MariaDB keeps the case of every name it stores; on Linux, with
 * the default {@code lower_case_table_names=0}, table names (files on disk) compare with their case, while column,
 * index and constraint names compare without it. Hibernate's MariaDB DDL writes unquoted names as they are, so the
 * model's names are stored as written, and {@link NameMatching#IGNORES_CASE} matches them: a column the entities
 * spell {@code Email} is the database's {@code email} (MariaDB would refuse to add it beside the other), and a
 * table that differs only in case is taken for the same table rather than created a second time beside it.
 *
 * <p>Without transactional DDL, every statement of a migration commits on its own
 * (https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/): a migration that fails half-way
 * leaves its earlier statements applied, and the version table is not moved.
 *
 * <p>MariaDB has no named enum types: {@link Capabilities#enumTypes()} is false, as on SQLite, so a column of
 * one of the model's enum types is the type its migration gave it, and enum type ops create and drop nothing.
 *
 * <p>Other schemas are other databases on MariaDB; only the connection's database is read and changed.
 */
public final class MariaDbDialect implements SqlDialect {

    private static final Capabilities CAPABILITIES = new Capabilities(false, true, true, false, true, true, true,
            MariaDbTypes.STORED_AS, true, NameMatching.IGNORES_CASE, false, false);

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.MariaDBDialect";
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String quote(String identifier) {
        return MariaDbSql.q(identifier);
    }

    /** See {@link MariaDbTypes} for the spellings. */
    @Override
    public String typeSql(ColumnType type) {
        return MariaDbTypes.sql(type);
    }

    @Override
    public List<String> statements(MigrationOp op, SchemaModel before) {
        return op.accept(new MariaDbStatements(new MariaDbSql(before)));
    }

    /**
     * An {@code AUTO_INCREMENT} column must be a key for as long as it exists (https://mariadb.com/kb/en/auto_increment/):
     * a new identity column runs together with the primary-key change that makes it the key, and a key's drop
     * together with the drop of its identity column.
     */
    @Override
    public boolean joins(MigrationOp op, SchemaModel before, MigrationOp next, SchemaModel between) {
        if (op instanceof AddColumn add && add.column().identity() && next instanceof AlterPrimaryKey key) {
            return key.table().equals(add.table()) && key.to().contains(add.column().name());
        }
        if (op instanceof AlterPrimaryKey key && next instanceof DropColumn drop && drop.column().identity()) {
            return key.table().equals(drop.table()) && key.from().contains(drop.column().name())
                    && !key.to().contains(drop.column().name());
        }
        return changesValueList(op, before, next, between);
    }

    /**
     * The column whose value list {@code op} drops and {@code next} adds again with other values (an enum that
     * gained or lost constants): one {@code MODIFY COLUMN} to the new native enum does both, so the column is never
     * without its list, and MariaDB refuses the change whole while a row holds a value that goes.
     */
    private static boolean changesValueList(MigrationOp op, SchemaModel before, MigrationOp next, SchemaModel between) {
        if (!(op instanceof DropCheckConstraint drop) || !(next instanceof AddCheckConstraint add)
                || !drop.table().equals(add.table())) {
            return false;
        }
        Optional<String> dropped = before.table(drop.table()).flatMap(t -> ValueList.column(t, drop.check()))
                .map(dev.retort.model.Column::name);
        Optional<String> added = between.table(add.table()).flatMap(t -> ValueList.column(t, add.check()))
                .map(dev.retort.model.Column::name);
        return dropped.isPresent() && dropped.equals(added);
    }

    /**
     * The two ops {@link #joins} put together: a value list changed as one {@code MODIFY COLUMN}; otherwise one
     * {@code ALTER TABLE} with the clauses of both.
     */
    @Override
    public List<String> statements(List<MigrationOp> run, SchemaModel before) {
        if (run.size() == 2 && run.get(0) instanceof DropCheckConstraint drop) {
            SchemaModel between = dev.retort.ops.ModelFolder.apply(before, drop);
            if (changesValueList(drop, before, run.get(1), between)) {
                // the add alone makes the column the new enum; a list another tool made a constraint of its own goes
                List<String> out = new java.util.ArrayList<>(statements(run.get(1), between));
                drop.check().name().ifPresent(n -> out.add(MariaDbSql.dropConstraintIfExists(drop.table(), n)));
                return out;
            }
        }
        if (run.size() == 2 && joins(run.get(0), before, run.get(1), before)) {
            String first = statements(run.get(0), before).get(0);
            String second = statements(run.get(1), before).get(0);
            String prefix = "ALTER TABLE " + quote(((dev.retort.ops.TableOp) run.get(1)).table()) + " ";
            return List.of(first + ", " + second.substring(prefix.length()));
        }
        return SqlDialect.super.statements(run, before);
    }

    /**
     * Strict mode for the migrating session, whatever the server's default: a change that would cut or blank a value
     * a row holds (a narrower varchar, an {@code enum} without a value in use) fails instead of passing with a
     * warning (https://mariadb.com/kb/en/sql-mode/#strict-mode).
     */
    @Override
    public List<String> sessionGuards() {
        return List.of("SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES')");
    }

    @Override
    public String createVersionTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(table) + " (version_num varchar(32) NOT NULL PRIMARY KEY)";
    }

    /**
     * The name of the migration lock. {@code GET_LOCK} names are the server's, not a database's
     * (https://mariadb.com/kb/en/get_lock/), so the name holds the connection's database as well as the version
     * table: migrations of two databases on one server do not wait for each other.
     */
    static String lockName(String versionTable) {
        return "CONCAT('retort_', DATABASE(), '.', " + MariaDbSql.literal(versionTable) + ")";
    }

    /** Waits without end ({@code -1}) until this session holds the named lock. */
    @Override
    public Optional<String> lockStatement(String versionTable) {
        return Optional.of("SELECT GET_LOCK(" + lockName(versionTable) + ", -1)");
    }

    /** 1 when the lock was free and is now this session's; 0 (or NULL on an error) when another holds it. */
    @Override
    public Optional<String> tryLockStatement(String versionTable) {
        return Optional.of("SELECT COALESCE(GET_LOCK(" + lockName(versionTable) + ", 0), 0) = 1");
    }

    /** The connection that holds the lock ({@code IS_USED_LOCK}), described from the process list. */
    @Override
    public Optional<String> lockHolderQuery(String versionTable) {
        return Optional.of("SELECT CONCAT('connection ', p.ID, ' (', p.USER, '@', p.HOST, '), ',"
                + " COALESCE(p.COMMAND, 'unknown'), ' for ', p.TIME, ' s')"
                + " FROM information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(" + lockName(versionTable) + ")");
    }

    /** https://mariadb.com/kb/en/kill/ */
    @Override
    public Optional<String> endSessionStatement() {
        return Optional.of("KILL CONNECTION ID");
    }

    @Override
    public Optional<String> unlockStatement(String versionTable) {
        return Optional.of("SELECT RELEASE_LOCK(" + lockName(versionTable) + ")");
    }

    /** A string literal: quotes doubled and backslashes doubled, as MariaDB reads backslash escapes in strings. */
    @Override
    public String literal(String value) {
        return MariaDbSql.literal(value);
    }

    /**
     * Every statement but one that reads or changes rows: DDL, and the other statements MariaDB commits before
     * (https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/). A statement it cannot place (one
     * that starts with a comment, a {@code CALL}) is taken to commit, which the runner then makes true.
     */
    @Override
    public boolean commitsImplicitly(String sql) {
        String start = sql.stripLeading();
        while (start.startsWith("(")) {
            start = start.substring(1).stripLeading();
        }
        int end = 0;
        while (end < start.length() && Character.isLetter(start.charAt(end))) {
            end++;
        }
        return !DATA_STATEMENTS.contains(start.substring(0, end).toUpperCase(java.util.Locale.ROOT));
    }

    /** The first words of statements that read or change rows inside the open transaction. */
    private static final java.util.Set<String> DATA_STATEMENTS = java.util.Set.of("SELECT", "INSERT", "UPDATE",
            "DELETE", "REPLACE", "WITH", "VALUES");

    @Override
    public String toString() {
        return "MariaDbDialect";
    }
}
