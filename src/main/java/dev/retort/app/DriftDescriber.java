package dev.retort.app;

import dev.retort.text.Text;
import dev.retort.app.Difference.Kind;
import dev.retort.diff.DiffOptions;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnChange;
import dev.retort.ops.AlterPrimaryKey;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import dev.retort.ops.OpVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.TableOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the plan that would bring the compared schema to the entities into {@link Difference}s, one per
 * difference: a drop and a create of the same index, foreign key (same columns), unique or check (same name)
 * become one "differs" line, and the foreign keys of a table that is missing altogether are part of that table.
 * The compared schema is called {@code other} in the words: "database", or "migrations" offline.
 */
final class DriftDescriber implements OpVisitor<Difference> {
    private static final int EXPRESSION_PREVIEW = 60;

    private final DiffOptions options;
    private final String other;
    private final String otherHas;

    private DriftDescriber(DiffOptions options, String other, String otherHas) {
        this.options = options;
        this.other = other;
        this.otherHas = otherHas;
    }

    /** The differences against a live database. */
    static List<Difference> againstDatabase(MigrationPlan plan, DiffOptions options) {
        return new DriftDescriber(options, "database", "database has").describe(plan);
    }

    /** The differences against the schema the migrations produce (offline). */
    static List<Difference> againstMigrations(MigrationPlan plan, DiffOptions options) {
        return new DriftDescriber(options, "migrations", "migrations have").describe(plan);
    }

    private List<Difference> describe(MigrationPlan plan) {
        List<MigrationOp> ops = plan.ops();
        Set<String> createdTables = ops.stream().filter(o -> o instanceof CreateTable).map(o -> ((CreateTable) o).table())
                .collect(Collectors.toSet());
        Set<String> droppedTables = ops.stream().filter(o -> o instanceof DropTable).map(o -> ((DropTable) o).table())
                .collect(Collectors.toSet());
        boolean[] done = new boolean[ops.size()];
        List<Difference> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (done[i]) {
                continue;
            }
            MigrationOp op = ops.get(i);
            // a key between the tables of a cycle, added after them (or dropped before them), belongs to its table
            if (op instanceof AddForeignKey add && createdTables.contains(add.table())
                    || op instanceof DropForeignKey drop && droppedTables.contains(drop.table())) {
                continue;
            }
            Difference paired = null;
            for (int j = i + 1; j < ops.size() && paired == null; j++) {
                if (!done[j]) {
                    paired = pair(op, ops.get(j));
                    if (paired != null) {
                        done[j] = true;
                        paired = paired.fixedBy(List.of(op, ops.get(j)));
                    }
                }
            }
            out.add(paired != null ? paired : op.accept(this).fixedBy(List.of(op)));
        }
        return out;
    }

    /** One "differs" difference when {@code a} and {@code b} drop and recreate the same object, else null. */
    private Difference pair(MigrationOp first, MigrationOp b) {
        if (!(first instanceof TableOp a) || !first.onTable().equals(b.onTable())) {
            return null;
        }
        if (first instanceof DropIndex d && b instanceof CreateIndex c && d.index().name().equals(c.index().name())) {
            return indexDiffers(a.table(), c.index(), d.index());
        }
        if (first instanceof CreateIndex c && b instanceof DropIndex d && d.index().name().equals(c.index().name())) {
            return indexDiffers(a.table(), c.index(), d.index());
        }
        if (first instanceof DropForeignKey d && b instanceof AddForeignKey c && d.foreignKey().columns().equals(c.foreignKey().columns())) {
            return foreignKeyDiffers(a.table(), c.foreignKey(), d.foreignKey());
        }
        if (first instanceof AddForeignKey c && b instanceof DropForeignKey d && d.foreignKey().columns().equals(c.foreignKey().columns())) {
            return foreignKeyDiffers(a.table(), c.foreignKey(), d.foreignKey());
        }
        if (first instanceof DropUniqueConstraint d && b instanceof AddUniqueConstraint c && sameName(d.constraint().name(), c.constraint().name())) {
            return differs(Kind.UNIQUE_DIFFERS, a.table(), name(c.constraint().name()), "unique constraint " + name(c.constraint().name())
                    + " on " + a.table(), columns(c.constraint().columns()), columns(d.constraint().columns()), List.of());
        }
        if (first instanceof DropCheckConstraint d && b instanceof AddCheckConstraint c && sameName(d.check().name(), c.check().name())) {
            return differs(Kind.CHECK_DIFFERS, a.table(), name(c.check().name()), "check " + name(c.check().name())
                    + " on " + a.table(), c.check().expression(), d.check().expression(), List.of());
        }
        return null;
    }

    private static boolean sameName(Optional<String> a, Optional<String> b) {
        return a.isPresent() && a.equals(b);
    }

    // ------------------------------------------------------------------ wording

    private Difference missing(Kind kind, String table, String object, String label, String entity) {
        return new Difference(kind, Optional.ofNullable(table), object, Optional.of(entity), Optional.empty(), List.of(),
                label + ": in the entities, not in the " + other);
    }

    private Difference extra(Kind kind, String table, String object, String label, String database) {
        return new Difference(kind, Optional.ofNullable(table), object, Optional.empty(), Optional.of(database), List.of(),
                label + ": in the " + other + ", not in the entities");
    }

    private Difference differs(Kind kind, String table, String object, String label, String entity, String database,
                               List<String> aspects) {
        return new Difference(kind, Optional.ofNullable(table), object, Optional.of(entity), Optional.of(database), aspects,
                label + ": entity says " + entity + ", " + otherHas + " " + database);
    }

    private static String name(Optional<String> name) {
        return name.orElse("(unnamed)");
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String abbreviate(String text) {
        return Text.abbreviate(text, EXPRESSION_PREVIEW);
    }

    private String index(Index i) {
        String method = options.indexMethods() && !i.method().isEmpty() ? " using " + i.method() : "";
        return (i.unique() ? "unique " : "") + columns(i.columns()) + method + i.where().map(w -> " where " + w).orElse("");
    }

    private static String foreignKey(ForeignKey f) {
        return columns(f.columns()) + " -> " + f.referencedTable() + " " + columns(f.referencedColumns())
                + " ON DELETE " + f.onDelete().sql()
                + (f.onUpdate() == ReferentialAction.NO_ACTION ? "" : " ON UPDATE " + f.onUpdate().sql());
    }

    private Difference indexDiffers(String table, Index entity, Index database) {
        return differs(Kind.INDEX_DIFFERS, table, entity.name(), "index " + entity.name() + " on " + table,
                index(entity), index(database), List.of());
    }

    private Difference foreignKeyDiffers(String table, ForeignKey entity, ForeignKey database) {
        String name = database.name().or(entity::name).orElse("(unnamed)");
        String label = "foreign key " + name + " on " + table;
        boolean sameTarget = entity.referencedTable().equals(database.referencedTable())
                && entity.referencedColumns().equals(database.referencedColumns());
        boolean onDelete = entity.onDelete() != database.onDelete();
        boolean onUpdate = entity.onUpdate() != database.onUpdate();
        if (sameTarget && (onDelete || onUpdate)) {
            // only the actions that differ; a single one reads "entity says ON DELETE CASCADE, database has NO ACTION"
            String want = actions(entity, onDelete, onUpdate);
            String have = actions(database, onDelete, onUpdate);
            String haveWords = onDelete && onUpdate ? have
                    : (onDelete ? database.onDelete() : database.onUpdate()).sql();
            return new Difference(Kind.FOREIGN_KEY_DIFFERS, Optional.of(table), name, Optional.of(want), Optional.of(have),
                    List.of(), label + ": entity says " + want + ", " + otherHas + " " + haveWords);
        }
        return differs(Kind.FOREIGN_KEY_DIFFERS, table, name, label, foreignKey(entity), foreignKey(database), List.of());
    }

    /** The key's ON DELETE and/or ON UPDATE clause, as SQL. */
    private static String actions(ForeignKey f, boolean onDelete, boolean onUpdate) {
        List<String> clauses = new ArrayList<>();
        if (onDelete) {
            clauses.add("ON DELETE " + f.onDelete().sql());
        }
        if (onUpdate) {
            clauses.add("ON UPDATE " + f.onUpdate().sql());
        }
        return String.join(" ", clauses);
    }

    /** The changed aspects of one side, e.g. {@code varchar(255) NULL} or {@code NOT NULL, no default}. */
    private static String aspectText(Column c, Set<ColumnChange> aspects) {
        StringBuilder b = new StringBuilder();
        for (ColumnChange aspect : aspects) {
            String token = switch (aspect) {
                case TYPE -> c.type().toString();
                case NULLABILITY -> c.nullable() ? "NULL" : "NOT NULL";
                case DEFAULT -> c.defaultValue().map(d -> "DEFAULT " + d).orElse("no default");
                case IDENTITY -> c.identity() ? "IDENTITY" : "no IDENTITY";
                case COMMENT -> c.comment().map(t -> "COMMENT '" + t + "'").orElse("no comment");
            };
            if (b.length() > 0) {
                b.append(token.startsWith("no ") ? ", " : " ");
            }
            b.append(token);
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ one op, unpaired

    @Override
    public Difference visitCreateTable(CreateTable op) {
        return missing(Kind.TABLE_MISSING, op.table(), op.table(), "table " + op.table(),
                columns(op.definition().columnNames()));
    }

    @Override
    public Difference visitDropTable(DropTable op) {
        return extra(Kind.TABLE_EXTRA, op.table(), op.table(), "table " + op.table(),
                columns(op.definition().columnNames()));
    }

    @Override
    public Difference visitRenameTable(RenameTable op) {
        return differs(Kind.TABLE_DIFFERS, op.table(), op.table(), "table " + op.table(), "name " + op.to(),
                "name " + op.table(), List.of("name"));
    }

    @Override
    public Difference visitAddColumn(AddColumn op) {
        Column c = op.column();
        return missing(Kind.COLUMN_MISSING, op.table(), c.name(), "column " + op.table() + "." + c.name()
                + " (" + c.describe() + ")", c.describe());
    }

    @Override
    public Difference visitDropColumn(DropColumn op) {
        Column c = op.column();
        return extra(Kind.COLUMN_EXTRA, op.table(), c.name(), "column " + op.table() + "." + c.name()
                + " (" + c.describe() + ")", c.describe());
    }

    @Override
    public Difference visitAlterColumn(AlterColumn op) {
        Set<ColumnChange> aspects = op.changes();
        if (aspects.isEmpty()) {
            // an alter that changes nothing the differ names; show both definitions whole
            return differs(Kind.COLUMN_DIFFERS, op.table(), op.column(), "column " + op.table() + "." + op.column(),
                    op.to().describe(), op.from().describe(), List.of());
        }
        return differs(Kind.COLUMN_DIFFERS, op.table(), op.column(), "column " + op.table() + "." + op.column(),
                aspectText(op.to(), aspects), aspectText(op.from(), aspects),
                aspects.stream().map(ColumnChange::word).toList());
    }

    @Override
    public Difference visitRenameColumn(RenameColumn op) {
        return differs(Kind.COLUMN_DIFFERS, op.table(), op.from(), "column " + op.table() + "." + op.from(),
                "name " + op.to(), "name " + op.from(), List.of("name"));
    }

    @Override
    public Difference visitCreateIndex(CreateIndex op) {
        Index i = op.index();
        return missing(Kind.INDEX_MISSING, op.table(), i.name(), "index " + i.name() + " on " + op.table() + " "
                + index(i), index(i));
    }

    @Override
    public Difference visitDropIndex(DropIndex op) {
        Index i = op.index();
        return extra(Kind.INDEX_EXTRA, op.table(), i.name(), "index " + i.name() + " on " + op.table() + " "
                + index(i), index(i));
    }

    private static String unique(UniqueConstraint u, String table) {
        return "unique constraint " + name(u.name()) + " on " + table + " " + columns(u.columns());
    }

    @Override
    public Difference visitAddUniqueConstraint(AddUniqueConstraint op) {
        UniqueConstraint u = op.constraint();
        return missing(Kind.UNIQUE_MISSING, op.table(), name(u.name()), unique(u, op.table()), columns(u.columns()));
    }

    @Override
    public Difference visitDropUniqueConstraint(DropUniqueConstraint op) {
        UniqueConstraint u = op.constraint();
        return extra(Kind.UNIQUE_EXTRA, op.table(), name(u.name()), unique(u, op.table()), columns(u.columns()));
    }

    @Override
    public Difference visitAddForeignKey(AddForeignKey op) {
        ForeignKey f = op.foreignKey();
        return missing(Kind.FOREIGN_KEY_MISSING, op.table(), name(f.name()), "foreign key " + name(f.name()) + " on "
                + op.table() + " " + foreignKey(f), foreignKey(f));
    }

    @Override
    public Difference visitDropForeignKey(DropForeignKey op) {
        ForeignKey f = op.foreignKey();
        return extra(Kind.FOREIGN_KEY_EXTRA, op.table(), name(f.name()), "foreign key " + name(f.name()) + " on "
                + op.table() + " " + foreignKey(f), foreignKey(f));
    }

    private static String check(CheckConstraint c, String table) {
        return "check " + name(c.name()) + " on " + table + " (" + abbreviate(c.expression()) + ")";
    }

    @Override
    public Difference visitAddCheckConstraint(AddCheckConstraint op) {
        return missing(Kind.CHECK_MISSING, op.table(), name(op.check().name()), check(op.check(), op.table()),
                op.check().expression());
    }

    @Override
    public Difference visitDropCheckConstraint(DropCheckConstraint op) {
        return extra(Kind.CHECK_EXTRA, op.table(), name(op.check().name()), check(op.check(), op.table()),
                op.check().expression());
    }

    private static String sequence(dev.retort.model.Sequence s) {
        return "start " + s.start() + ", increment " + s.increment();
    }

    @Override
    public Difference visitCreateSequence(CreateSequence op) {
        var s = op.sequence();
        return missing(Kind.SEQUENCE_MISSING, null, s.name(), "sequence " + s.name() + " (" + sequence(s) + ")", sequence(s));
    }

    @Override
    public Difference visitDropSequence(DropSequence op) {
        var s = op.sequence();
        return extra(Kind.SEQUENCE_EXTRA, null, s.name(), "sequence " + s.name() + " (" + sequence(s) + ")", sequence(s));
    }

    @Override
    public Difference visitAlterSequence(dev.retort.ops.AlterSequence op) {
        List<String> aspects = new ArrayList<>();
        if (op.from().start() != op.to().start()) {
            aspects.add("start");
        }
        if (op.from().increment() != op.to().increment()) {
            aspects.add("increment");
        }
        return differs(Kind.SEQUENCE_DIFFERS, null, op.name(), "sequence " + op.name(), sequence(op.to()),
                sequence(op.from()), aspects);
    }

    private static String labels(dev.retort.model.EnumType e) {
        return "(" + e.values().stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public Difference visitCreateEnumType(CreateEnumType op) {
        var e = op.enumType();
        return missing(Kind.ENUM_TYPE_MISSING, null, e.name(), "enum type " + e.name() + " " + labels(e), labels(e));
    }

    @Override
    public Difference visitDropEnumType(DropEnumType op) {
        var e = op.enumType();
        return extra(Kind.ENUM_TYPE_EXTRA, null, e.name(), "enum type " + e.name() + " " + labels(e), labels(e));
    }

    @Override
    public Difference visitAlterEnumType(dev.retort.ops.AlterEnumType op) {
        return differs(Kind.ENUM_TYPE_DIFFERS, null, op.name(), "enum type " + op.name(), labels(op.to()),
                labels(op.from()), List.of("labels"));
    }

    @Override
    public Difference visitAlterTableComment(dev.retort.ops.AlterTableComment op) {
        String want = op.to().map(t -> "comment '" + t + "'").orElse("no comment");
        String have = op.from().map(t -> "comment '" + t + "'").orElse("no comment");
        return differs(Kind.TABLE_DIFFERS, op.table(), op.table(), "table " + op.table(), want, have, List.of("comment"));
    }

    @Override
    public Difference visitAlterPrimaryKey(AlterPrimaryKey op) {
        return differs(Kind.TABLE_DIFFERS, op.table(), op.table(), "primary key of " + op.table(), primaryKey(op.to()),
                primaryKey(op.from()), List.of("primary key"));
    }

    private static String primaryKey(List<String> columns) {
        return columns.isEmpty() ? "no primary key" : columns(columns);
    }

    @Override
    public Difference visitExecuteSql(ExecuteSql op) {
        return new Difference(Kind.OTHER, Optional.empty(), "sql", Optional.of(abbreviate(op.sql())), Optional.empty(),
                List.of(), "raw SQL the entities imply: " + abbreviate(op.sql()));
    }

    @Override
    public Difference visitBulkInsert(BulkInsert op) {
        return new Difference(Kind.OTHER, Optional.of(op.table()), op.table(), Optional.of(op.rows().size() + " rows"),
                Optional.empty(), List.of(), "rows to insert into " + op.table() + ": " + op.rows().size());
    }
}
