package dev.retort.migration;

import dev.retort.annotations.Internal;
import dev.retort.model.Column;
import dev.retort.model.Table;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
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
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a migration body calls. Each call records one operation; nothing touches a database here, so
 * the same migration can be applied online, printed as SQL, or replayed on a model.
 *
 * <pre>{@code
 * op.createTable("alert_cooldowns",
 *         column("mmsi", bigint()).notNull(),
 *         column("rule_type", varchar(50)).notNull(),
 *         column("last_alert_timestamp", timestamp()).notNull(),
 *         primaryKey("mmsi", "rule_type"),
 *         index("ix_alert_cooldowns_last_alert_timestamp", "last_alert_timestamp"));
 * op.addColumn("alerts", column("acknowledged", bool()).notNull().defaultValue("false").comment("Seen by an operator"));
 * op.alterTableComment("alerts", null, "Rule violations, newest last");
 * op.bulkInsert("user_preferences", List.of(row("user_id", 0, "preference_key", "theme")));
 * }</pre>
 */
public final class Operations {
    private final List<MigrationOp> recorded = new ArrayList<>();

    /** A fresh recorder. */
    public static Operations recorder() {
        return new Operations();
    }

    /** The ops recorded so far, in call order. */
    @Internal
    public List<MigrationOp> recorded() {
        return List.copyOf(recorded);
    }

    private Operations record(MigrationOp op) {
        recorded.add(op);
        return this;
    }

    public Operations createTable(String name, TableElement... elements) {
        return record(new CreateTable(table(name, elements)));
    }

    /** Drops a table; the elements describe what it held, so a downgrade can recreate it. */
    public Operations dropTable(String name, TableElement... elements) {
        return record(new DropTable(table(name, elements)));
    }

    public Operations renameTable(String from, String to) {
        return record(new RenameTable(from, to));
    }

    public Operations addColumn(String table, ColumnDef column) {
        return record(new AddColumn(table, column.column()));
    }

    /**
     * Adds {@code column} in front of column {@code before}: how a downgrade puts a dropped column back where it
     * was. SQLite rebuilds the table to do it; PostgreSQL, which has no column positions, appends it.
     */
    public Operations addColumnBefore(String table, String before, ColumnDef column) {
        return record(new AddColumn(table, column.column(), java.util.Optional.of(before)));
    }

    public Operations dropColumn(String table, ColumnDef column) {
        return record(new DropColumn(table, column.column()));
    }

    /** Changes a column from one definition to another (type, nullability, default, comment). */
    public Operations alterColumn(String table, ColumnDef from, ColumnDef to) {
        if (!from.column().name().equals(to.column().name())) {
            throw new IllegalArgumentException("alterColumn on " + table + " changes the name from "
                    + from.column().name() + " to " + to.column().name() + "; use renameColumn for that");
        }
        return record(new AlterColumn(table, from.column(), to.column()));
    }

    public Operations renameColumn(String table, String from, String to) {
        return record(new RenameColumn(table, from, to));
    }

    public Operations createIndex(String table, IndexDef index) {
        return record(new CreateIndex(table, index.index()));
    }

    public Operations dropIndex(String table, IndexDef index) {
        return record(new DropIndex(table, index.index()));
    }

    public Operations addUniqueConstraint(String table, UniqueDef unique) {
        return record(new AddUniqueConstraint(table, unique.constraint()));
    }

    public Operations dropUniqueConstraint(String table, UniqueDef unique) {
        return record(new DropUniqueConstraint(table, unique.constraint()));
    }

    public Operations addForeignKey(String table, ForeignKeyDef foreignKey) {
        return record(new AddForeignKey(table, foreignKey.foreignKey()));
    }

    public Operations dropForeignKey(String table, ForeignKeyDef foreignKey) {
        return record(new DropForeignKey(table, foreignKey.foreignKey()));
    }

    public Operations addCheckConstraint(String table, CheckDef check) {
        return record(new AddCheckConstraint(table, check.check()));
    }

    public Operations dropCheckConstraint(String table, CheckDef check) {
        return record(new DropCheckConstraint(table, check.check()));
    }

    /**
     * Sets, changes or removes a table's comment; {@code null} stands for no comment, so
     * {@code alterTableComment("t", null, "new")} adds one and {@code alterTableComment("t", "old", null)} removes
     * it. {@code from} is the comment before, which a downgrade restores. Nothing happens on databases without
     * comments (SQLite). Column comments change with {@link #alterColumn}.
     */
    public Operations alterTableComment(String table, String from, String to) {
        return record(new AlterTableComment(table, Optional.ofNullable(from), Optional.ofNullable(to)));
    }

    /**
     * Adds, changes or drops a table's primary key: {@code from} is the key before (which a downgrade restores),
     * {@code to} the key after, each the key's columns in order; an empty list stands for no primary key, so
     * {@code alterPrimaryKey("t", List.of(), List.of("id"))} adds one and {@code alterPrimaryKey("t",
     * List.of("id"), List.of())} drops it.
     */
    public Operations alterPrimaryKey(String table, List<String> from, List<String> to) {
        return record(new dev.retort.ops.AlterPrimaryKey(table, from, to));
    }

    /**
     * {@link #alterPrimaryKey(String, List, List)} for keys whose constraint name matters:
     * {@code alterPrimaryKey("t", primaryKey("id").named("pk_t"), primaryKey("id", "version"))} drops the key
     * {@code pk_t} and adds one with the database's default name; {@code primaryKey()} stands for no key.
     */
    public Operations alterPrimaryKey(String table, PrimaryKeyDef from, PrimaryKeyDef to) {
        return record(new dev.retort.ops.AlterPrimaryKey(table, from.columns(), to.columns(), from.name(), to.name()));
    }

    public Operations createSequence(dev.retort.model.Sequence sequence) {
        return record(new dev.retort.ops.CreateSequence(sequence));
    }

    public Operations dropSequence(dev.retort.model.Sequence sequence) {
        return record(new dev.retort.ops.DropSequence(sequence));
    }

    /**
     * Changes a sequence's start or increment, keeping its current value: {@code from} is the sequence before
     * (which a downgrade restores), {@code to} the sequence after, both with the same name:
     * {@code alterSequence(sequence("orders_seq", 1, 1), sequence("orders_seq", 1, 50))}. Nothing happens on SQLite,
     * where the table that stands in for a sequence keeps only its next value.
     */
    public Operations alterSequence(dev.retort.model.Sequence from, dev.retort.model.Sequence to) {
        return record(new dev.retort.ops.AlterSequence(from, to));
    }

    /** Creates a named enum type where the database has them (PostgreSQL); elsewhere nothing happens. */
    public Operations createEnumType(dev.retort.model.EnumType type) {
        return record(new dev.retort.ops.CreateEnumType(type));
    }

    public Operations dropEnumType(dev.retort.model.EnumType type) {
        return record(new dev.retort.ops.DropEnumType(type));
    }

    /**
     * Changes the labels of a named enum type where the database has them (PostgreSQL): {@code from} is the type
     * before (which a downgrade restores), {@code to} the type after, both with the same name:
     * {@code alterEnumType(enumType("status", "OPEN", "CLOSED"), enumType("status", "OPEN", "PAUSED", "CLOSED"))}.
     * Added labels are inserted in place; removing or reordering labels rebuilds the type and converts every column
     * that uses it, and fails while a row holds a removed label. Elsewhere nothing happens.
     */
    public Operations alterEnumType(dev.retort.model.EnumType from, dev.retort.model.EnumType to) {
        return record(new dev.retort.ops.AlterEnumType(from, to));
    }

    /** Runs SQL as written, on every database; for data migrations. */
    public Operations execute(String sql) {
        return record(new ExecuteSql(sql));
    }

    /** Inserts literal rows (see {@link Schema#row}). */
    public Operations bulkInsert(String table, List<Map<String, Object>> rows) {
        return record(new BulkInsert(table, rows));
    }

    private static Table table(String name, TableElement... elements) {
        Table.Builder b = Table.builder(name);
        for (TableElement e : elements) {
            if (e instanceof ColumnDef c) {
                b.column(c.column());
            } else if (e instanceof PrimaryKeyDef pk) {
                b.primaryKey(pk.columns());
                pk.name().ifPresent(b::primaryKeyName);
            } else if (e instanceof IndexDef i) {
                b.index(i.index());
            } else if (e instanceof UniqueDef u) {
                b.unique(u.constraint());
            } else if (e instanceof ForeignKeyDef f) {
                b.foreignKey(f.foreignKey());
            } else if (e instanceof CheckDef c) {
                b.check(c.check());
            } else if (e instanceof TableCommentDef c) {
                b.comment(c.text());
            }
        }
        Table t = b.build();
        // A primary-key column is NOT NULL whatever the DSL said.
        for (String pk : t.primaryKey()) {
            t = t.mapColumn(pk, (Column c) -> c.withNullable(false));
        }
        return t;
    }
}
