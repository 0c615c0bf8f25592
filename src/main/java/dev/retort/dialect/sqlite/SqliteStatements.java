package dev.retort.dialect.sqlite;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterPrimaryKey;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.TableOp;
import dev.retort.ops.ModelFolder;
import dev.retort.ops.OpVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The statements for one op on a database whose schema is {@code before}: ALTER TABLE where SQLite supports
 * the change (https://www.sqlite.org/lang_altertable.html), the table rebuild otherwise.
 */
final class SqliteStatements implements OpVisitor<List<String>> {

    /** Prefix of the table a rebuild fills before it takes the original's name. */
    static final String TMP_PREFIX = "_retort_tmp_";

    private final SqliteTableSql sql;
    private final SchemaModel before;

    SqliteStatements(SqliteTableSql sql, SchemaModel before) {
        this.sql = sql;
        this.before = before;
    }

    private String q(String identifier) {
        return sql.q(identifier);
    }

    /** The table's shape before {@code op}; SQLite's ALTER limits and the rebuild both depend on it. */
    private Table existing(TableOp op, String what) {
        return before.table(op.table()).orElseThrow(() -> new RetortException(ErrorCode.REVISION,
                "cannot " + what + ": table " + op.table() + " is not in the schema before this step, and SQLite"
                        + " needs its current shape to change it; check that an earlier migration creates the table"
                        + " (and that no execute(...) created or renamed it)"));
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        Table t = op.definition();
        SqliteTableSql.pendingIdentity(t).ifPresent(c -> {
            throw new RetortException(ErrorCode.UNSUPPORTED, "SQLite generates values only for a single integer"
                    + " PRIMARY KEY column, but table " + t.name() + " declares identity on " + c.name()
                    + " without a primary key; make " + c.name() + " the table's primary key, or drop identity");
        });
        List<String> out = new ArrayList<>();
        out.add(sql.createTable(t, t.name()));
        t.indexes().forEach(i -> out.add(sql.createIndex(t.name(), i, t.columnNames())));
        return out;
    }

    @Override
    public List<String> visitDropTable(DropTable op) {
        return List.of("DROP TABLE " + q(op.table()));
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        return List.of("ALTER TABLE " + q(op.table()) + " RENAME TO " + q(op.to()));
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        Table t = existing(op, "add column " + op.column().name() + " to " + op.table());
        Column c = op.column();
        // ADD COLUMN appends; a column that goes back in front of another needs the rebuild
        boolean appends = op.before().map(b -> t.column(b).isEmpty()).orElse(true);
        if (appends && canAddInPlace(c)) {
            return List.of("ALTER TABLE " + q(t.name()) + " ADD COLUMN " + sql.columnDefinition(c));
        }
        return rebuild(op, t);
    }

    /**
     * ADD COLUMN cannot add a key column (identity is the rowid primary key), needs a non-NULL default for a
     * NOT NULL column, and takes only a constant default (no CURRENT_* and no parenthesised expression):
     * https://www.sqlite.org/lang_altertable.html#alter_table_add_column.
     */
    private static boolean canAddInPlace(Column c) {
        if (c.identity()) {
            return false;
        }
        if (c.defaultValue().isPresent() && !SqliteTableSql.isConstantLiteral(c.defaultValue().get())) {
            return false;
        }
        boolean nonNullDefault = c.defaultValue().filter(d -> !d.strip().equalsIgnoreCase("NULL")).isPresent();
        return c.nullable() || nonNullDefault;
    }

    @Override
    public List<String> visitDropColumn(DropColumn op) {
        Table t = existing(op, "drop column " + op.column().name() + " from " + op.table());
        if (canDropInPlace(t, op.column().name())) {
            return List.of("ALTER TABLE " + q(t.name()) + " DROP COLUMN " + q(op.column().name()));
        }
        return rebuild(op, t);
    }

    /**
     * DROP COLUMN refuses a column that is part of a key, index or constraint
     * (https://www.sqlite.org/lang_altertable.html#alter_table_drop_column); those go through the rebuild.
     */
    private static boolean canDropInPlace(Table t, String column) {
        if (t.primaryKey().contains(column) || t.columns().size() < 2) {
            return false;
        }
        boolean used = t.indexes().stream().anyMatch(i -> i.columns().contains(column))
                || t.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(column))
                || t.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))
                || t.checks().stream().anyMatch(c -> mentions(c.expression(), column));
        return !used;
    }

    /** Whether {@code expression} may refer to {@code column}: the name as a whole word, in any case. */
    private static boolean mentions(String expression, String column) {
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "(?![\\w$])");
        return word.matcher(expression.toLowerCase(Locale.ROOT)).find();
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        if (op.onlyComment()) {
            return List.of(); // only the comment changes, and SQLite keeps none
        }
        return rebuild(op, existing(op, "alter column " + op.column() + " of " + op.table()));
    }

    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        return List.of("ALTER TABLE " + q(op.table()) + " RENAME COLUMN " + q(op.from()) + " TO " + q(op.to()));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        return List.of(sql.createIndex(op.table(), op.index(),
                before.table(op.table()).map(Table::columnNames).orElse(List.of())));
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        return List.of("DROP INDEX " + q(op.index().name()));
    }

    @Override
    public List<String> visitAddUniqueConstraint(AddUniqueConstraint op) {
        return rebuild(op, existing(op, "add unique constraint " + describe(op.constraint()) + " to " + op.table()));
    }

    @Override
    public List<String> visitDropUniqueConstraint(DropUniqueConstraint op) {
        return rebuild(op, existing(op, "drop unique constraint " + describe(op.constraint()) + " from " + op.table()));
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKey op) {
        return rebuild(op, existing(op, "add foreign key " + describe(op.foreignKey()) + " to " + op.table()));
    }

    @Override
    public List<String> visitDropForeignKey(DropForeignKey op) {
        return rebuild(op, existing(op, "drop foreign key " + describe(op.foreignKey()) + " from " + op.table()));
    }

    @Override
    public List<String> visitAddCheckConstraint(AddCheckConstraint op) {
        return rebuild(op, existing(op, "add check " + describe(op.check()) + " to " + op.table()));
    }

    @Override
    public List<String> visitDropCheckConstraint(DropCheckConstraint op) {
        return rebuild(op, existing(op, "drop check " + describe(op.check()) + " from " + op.table()));
    }

    /** SQLite has no sequences; like Hibernate, a one-row table holds the next value. */
    @Override
    public List<String> visitCreateSequence(dev.retort.ops.CreateSequence op) {
        String table = sql.q(op.sequence().name());
        return List.of("CREATE TABLE " + table + " (next_val bigint)",
                "INSERT INTO " + table + " (next_val) VALUES (" + op.sequence().start() + ")");
    }

    @Override
    public List<String> visitDropSequence(dev.retort.ops.DropSequence op) {
        return List.of("DROP TABLE " + sql.q(op.sequence().name()));
    }

    /**
     * Nothing to change. The one-row table that stands in for the sequence holds only the next value: Hibernate
     * adds its allocationSize to that value itself ({@code update … set next_val = ? where next_val = ?}), so the
     * increment lives in the mapping, and the start only seeded the row when the table was created. Keeping
     * {@code next_val} is also what PostgreSQL's ALTER SEQUENCE does, which never hands out a value twice.
     */
    @Override
    public List<String> visitAlterSequence(dev.retort.ops.AlterSequence op) {
        return List.of();
    }

    /** SQLite has no enum types; enum columns are text with a CHECK. */
    @Override
    public List<String> visitCreateEnumType(dev.retort.ops.CreateEnumType op) {
        return List.of();
    }

    @Override
    public List<String> visitDropEnumType(dev.retort.ops.DropEnumType op) {
        return List.of();
    }

    /** Nothing to change: enum columns are text here, and their labels are checks that change on their own. */
    @Override
    public List<String> visitAlterEnumType(dev.retort.ops.AlterEnumType op) {
        return List.of();
    }

    /** SQLite has no comments on tables or columns (https://www.sqlite.org/lang.html lists no COMMENT). */
    @Override
    public List<String> visitAlterTableComment(AlterTableComment op) {
        return List.of();
    }

    /** SQLite cannot change a table's primary key in place: the table is rebuilt with the new key. */
    @Override
    public List<String> visitAlterPrimaryKey(AlterPrimaryKey op) {
        return rebuild(op, existing(op, "change the primary key of " + op.table() + " to " + op.to()));
    }

    /** Each statement of the SQL on its own: the driver would run only the first ({@link SqliteScript}). */
    @Override
    public List<String> visitExecuteSql(ExecuteSql op) {
        return SqliteScript.split(op.sql());
    }

    @Override
    public List<String> visitBulkInsert(BulkInsert op) {
        Optional<Table> shape = before.table(op.table());
        List<String> out = new ArrayList<>(op.rows().size());
        for (Map<String, Object> row : op.rows()) {
            if (row.isEmpty()) {
                out.add("INSERT INTO " + q(op.table()) + " DEFAULT VALUES");
                continue;
            }
            List<String> values = new ArrayList<>(row.size());
            row.forEach((column, value) -> values.add(sql.valueLiteral(op.table(), column, value, shape)));
            out.add("INSERT INTO " + q(op.table()) + " (" + sql.columnList(List.copyOf(row.keySet())) + ") VALUES ("
                    + String.join(", ", values) + ")");
        }
        return out;
    }

    /**
     * The table rebuild of https://www.sqlite.org/lang_altertable.html#otheralter (steps 4 to 8; the runner owns
     * steps 1-2 and 10-12: foreign_keys OFF, the transaction, foreign_key_check). The new shape is created under
     * a temporary name, the columns both shapes share are copied, the old table is dropped and the new one takes
     * its name, then the new shape's indexes and the old table's triggers are created (both went with the old table).
     *
     * <p>Two additions to the documented steps. The AUTOINCREMENT high-water mark is carried over, so ids of
     * deleted rows are not handed out again (https://www.sqlite.org/autoinc.html). The rename runs with
     * {@code legacy_alter_table=ON}: since 3.26 a rename re-parses every view and trigger, and one that reads
     * the table fails with "no such table" while the table is gone; in legacy mode the rename leaves views and
     * triggers alone, and they find the new table under the old name
     * (https://www.sqlite.org/pragma.html#pragma_legacy_alter_table).
     */
    private List<String> rebuild(MigrationOp op, Table old) {
        return rebuild(List.of(op), old);
    }

    /**
     * One rebuild for {@code ops}, consecutive changes to one table that each need a rebuild: the table goes from
     * its shape before the first to its shape after the last, and its rows are copied once. A column an op drops
     * is not copied, even when a later op adds one of the same name.
     */
    List<String> rebuild(List<MigrationOp> ops) {
        TableOp first = (TableOp) ops.get(0); // a rebuild joins ops on one table
        return rebuild(ops, existing(first, "rebuild table " + first.table()));
    }

    private List<String> rebuild(List<MigrationOp> ops, Table old) {
        MigrationOp op = ops.get(ops.size() - 1);
        Table next;
        java.util.Set<String> kept = new java.util.HashSet<>(old.columnNames());
        try {
            SchemaModel model = before;
            for (MigrationOp o : ops) {
                model = ModelFolder.apply(model, o);
                if (o instanceof DropColumn d) {
                    kept.remove(d.column().name());
                }
            }
            next = model.table(old.name()).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new RetortException(ErrorCode.REVISION, "cannot rebuild table " + old.name() + " for "
                    + op.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        checkColumnsExist(op, next);
        // SQLite keeps names as written: the stored name of a name marked to keep its case is without its quotes
        String tmp = TMP_PREFIX + dev.retort.model.Identifiers.kept(next.name());
        List<String> out = new ArrayList<>();
        out.add(sql.createTable(next, tmp));
        List<String> shared = next.columnNames().stream().filter(kept::contains).toList();
        // a new identity column numbers the existing rows by their rowid
        Optional<String> numbered = SqliteTableSql.pendingIdentity(next).map(Column::name)
                .filter(c -> !kept.contains(c));
        if (!shared.isEmpty()) {
            String cols = sql.columnList(shared);
            String target = numbered.map(c -> cols + ", " + q(c)).orElse(cols);
            String source = numbered.map(c -> cols + ", rowid").orElse(cols);
            out.add("INSERT INTO " + q(tmp) + " (" + target + ") SELECT " + source + " FROM " + q(old.name()));
        }
        if (SqliteTableSql.rowidIdentity(old).isPresent() && SqliteTableSql.rowidIdentity(next).isPresent()) {
            String tmpName = sql.literal(tmp);
            out.add("DELETE FROM sqlite_sequence WHERE name = " + tmpName);
            out.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + tmpName + ", seq FROM sqlite_sequence"
                    + " WHERE name = " + sql.literal(dev.retort.model.Identifiers.kept(old.name())));
        }
        out.add("DROP TABLE " + q(old.name()));
        out.add("PRAGMA legacy_alter_table = ON");
        out.add("ALTER TABLE " + q(tmp) + " RENAME TO " + q(next.name()));
        out.add("PRAGMA legacy_alter_table = OFF");
        next.indexes().forEach(i -> out.add(sql.createIndex(next.name(), i, next.columnNames())));
        // step 8: the old table's triggers went with it; its views were left alone and find the new table
        before.triggersOn(old.name()).forEach(t -> out.add(t.sql()));
        // step 10 of SQLite's procedure: rows that break a foreign key of the new shape, or that other tables'
        // keys now find missing, fail the migration (the runner reads the check's rows), inside its transaction
        if (!next.foreignKeys().isEmpty()) {
            out.add(FOREIGN_KEY_CHECK + "(" + q(next.name()) + ")");
        }
        before.tables().stream().filter(t -> !t.name().equals(old.name()))
                .filter(t -> t.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(old.name())))
                .forEach(t -> out.add(FOREIGN_KEY_CHECK + "(" + q(t.name()) + ")"));
        return out;
    }

    /** Lists the rows of a table whose foreign keys find no parent; the runner fails a migration on any. */
    static final String FOREIGN_KEY_CHECK = "PRAGMA foreign_key_check";

    /** A key or constraint that still names a dropped column would make the rebuilt table invalid; say which. */
    private static void checkColumnsExist(MigrationOp op, Table next) {
        List<String> missing = new ArrayList<>();
        for (UniqueConstraint u : next.uniqueConstraints()) {
            u.columns().stream().filter(c -> next.column(c).isEmpty())
                    .forEach(c -> missing.add("unique constraint " + describe(u) + " uses " + c));
        }
        for (ForeignKey f : next.foreignKeys()) {
            f.columns().stream().filter(c -> next.column(c).isEmpty())
                    .forEach(c -> missing.add("foreign key " + describe(f) + " uses " + c));
        }
        if (!missing.isEmpty()) {
            throw new RetortException(ErrorCode.REVISION, "cannot rebuild table " + next.name() + " for "
                    + op.getClass().getSimpleName() + ": " + String.join("; ", missing)
                    + "; drop the constraint before the column");
        }
    }

    private static String describe(UniqueConstraint u) {
        return u.name().orElse("") + u.columns();
    }

    private static String describe(ForeignKey f) {
        return f.name().orElse("") + f.columns() + " -> " + f.referencedTable() + f.referencedColumns();
    }

    private static String describe(CheckConstraint c) {
        return c.name().map(n -> n + " ").orElse("") + "(" + c.expression() + ")";
    }
}
