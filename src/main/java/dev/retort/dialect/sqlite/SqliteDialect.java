package dev.retort.dialect.sqlite;

import dev.retort.model.NameMatching;
import dev.retort.dialect.Capabilities;
import dev.retort.dialect.SqlDialect;
import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;
import java.util.List;

/**
 * SQLite: double-quoted identifiers, the type spellings of {@link SqliteTypes}, and ALTER TABLE where SQLite
 * has it, the table rebuild everywhere else.
 *
 * <p>Identity is SQLite's rowid alias: a single integral primary-key column is written
 * {@code "id" integer PRIMARY KEY AUTOINCREMENT} whatever integer width the model gives it, and AUTOINCREMENT
 * is what tells introspection the column is an identity.
 *
 * <p>The table rebuild follows the "generalized ALTER TABLE procedure" of
 * https://www.sqlite.org/lang_altertable.html#otheralter and relies on {@code PRAGMA foreign_keys} being OFF
 * while it runs (the runner keeps it off during migrations, as sqlite-jdbc does by default): with it on, the
 * {@code DROP TABLE} would cascade or fail on the rows that reference the table. The rebuild ends with
 * {@code PRAGMA foreign_key_check} on the table and on the tables whose keys refer to it, whose rows the runner
 * turns into a failed migration, and creates the table's triggers again from their stored text.
 */
public final class SqliteDialect implements SqlDialect {

    private static final Capabilities CAPABILITIES = new Capabilities(true, false, false, true, false, false, false,
            SqliteTypes.STORED_AS, false, NameMatching.IGNORES_CASE, false, true);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.community.dialect.SQLiteDialect";
    }

    /** Without waiting: {@code BEGIN IMMEDIATE} fails at once while another connection writes. */
    @Override
    public List<String> writeLockProbe() {
        return List.of("PRAGMA busy_timeout = 0", "BEGIN IMMEDIATE", "ROLLBACK");
    }

    @Override
    public List<String> waitFor(java.time.Duration timeout) {
        return List.of("PRAGMA busy_timeout = " + Math.min(timeout.toMillis(), Integer.MAX_VALUE));
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String quote(String identifier) {
        return "\"" + NameMatching.IGNORES_CASE.physical(identifier).replace("\"", "\"\"") + "\"";
    }

    @Override
    public String typeSql(ColumnType type) {
        return SqliteTypes.sql(type);
    }

    @Override
    public List<String> statements(MigrationOp op, SchemaModel before) {
        return op.accept(new SqliteStatements(new SqliteTableSql(this), before));
    }

    /**
     * Both ops change the shape of the same table (columns, keys, constraints, indexes): a run of them that needs a
     * rebuild anywhere is done by one rebuild.
     */
    @Override
    public boolean joins(MigrationOp op, SchemaModel before, MigrationOp next, SchemaModel between) {
        return changesShape(op) && changesShape(next) && dev.retort.model.Identifiers.kept(op.onTable().orElseThrow())
                .equalsIgnoreCase(dev.retort.model.Identifiers.kept(next.onTable().orElseThrow()));
    }

    private static boolean changesShape(MigrationOp op) {
        return op instanceof dev.retort.ops.AddColumn || op instanceof dev.retort.ops.DropColumn
                || op instanceof dev.retort.ops.AlterColumn || op instanceof dev.retort.ops.AlterPrimaryKey
                || op instanceof dev.retort.ops.AddUniqueConstraint || op instanceof dev.retort.ops.DropUniqueConstraint
                || op instanceof dev.retort.ops.AddForeignKey || op instanceof dev.retort.ops.DropForeignKey
                || op instanceof dev.retort.ops.AddCheckConstraint || op instanceof dev.retort.ops.DropCheckConstraint
                || op instanceof dev.retort.ops.CreateIndex || op instanceof dev.retort.ops.DropIndex;
    }

    /**
     * A run that needs no rebuild runs op by op (ALTER TABLE where SQLite has it); one where any op needs a rebuild
     * is one rebuild from the table's shape before the first op to its shape after the last, copying the rows once.
     */
    @Override
    public List<String> statements(List<MigrationOp> run, SchemaModel before) {
        if (run.size() > 1) {
            SchemaModel model = before;
            for (MigrationOp op : run) {
                if (statements(op, model).stream().anyMatch(s -> s.contains(SqliteStatements.TMP_PREFIX))) {
                    return new SqliteStatements(new SqliteTableSql(this), before).rebuild(run);
                }
                model = dev.retort.ops.ModelFolder.apply(model, op);
            }
        }
        return SqlDialect.super.statements(run, before);
    }

    /**
     * Migration transactions start with {@code BEGIN IMMEDIATE}, taking the write lock up front, so two
     * processes migrating one file serialise instead of failing halfway (sqlite.org/lang_transaction.html).
     * Foreign-key enforcement stays off (the driver's default), which the table rebuild relies on.
     */
    @Override
    public java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of("transaction_mode", "IMMEDIATE", "foreign_keys", "false", "busy_timeout", "30000");
    }

    @Override
    public String createVersionTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(table) + " (version_num varchar(32) NOT NULL PRIMARY KEY)";
    }

    @Override
    public String toString() {
        return "SqliteDialect";
    }
}
