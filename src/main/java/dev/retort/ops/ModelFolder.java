package dev.retort.ops;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Applies ops to a model: the schema a database has after the op ran. Used to track the schema while
 * a migration runs (SQLite table rebuilds need it) and to replay migrations without a database.
 * {@link ExecuteSql} cannot be replayed and is rejected; {@link BulkInsert} leaves the schema unchanged.
 */
public final class ModelFolder implements OpVisitor<SchemaModel> {
    private final SchemaModel model;

    private ModelFolder(SchemaModel model) {
        this.model = model;
    }

    /** The model after {@code op}. */
    public static SchemaModel apply(SchemaModel model, MigrationOp op) {
        return op.accept(new ModelFolder(model));
    }

    /**
     * {@code model} with what {@code op} removes or changes put back, when {@code op} cannot apply to {@code model}
     * because it lacks that and the op carries it (a drop carries what it drops: its inverse creates it). For a
     * migration generated from a database that had something no migration created (a re-sync of a drifted database),
     * replayed without that database. For an op that did not apply to {@code model}; empty when it does not even so.
     */
    public static java.util.Optional<SchemaModel> withWhatItRemoves(SchemaModel model, MigrationOp op) {
        try {
            SchemaModel withIt = apply(model, op.inverse());
            apply(withIt, op);
            return java.util.Optional.of(withIt);
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public static SchemaModel applyAll(SchemaModel model, List<MigrationOp> ops) {
        SchemaModel m = model;
        for (MigrationOp op : ops) {
            m = apply(m, op);
        }
        return m;
    }

    private Table table(String name) {
        return model.table(name).orElseThrow(() -> new RetortException(ErrorCode.REVISION,
                "table " + name + " does not exist at this point of the migration history;"
                        + " check the migration that changes it"));
    }

    private SchemaModel change(String tableName, UnaryOperator<Table> change) {
        return model.with(change.apply(table(tableName)));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /** {@code list} without the item of {@code item}'s name, plus {@code item}. */
    private static <T> List<T> replacing(List<T> list, Function<T, String> name, T item) {
        return plus(list.stream().filter(e -> !name.apply(e).equals(name.apply(item))).toList(), item);
    }

    @Override
    public SchemaModel visitCreateTable(CreateTable op) {
        if (model.table(op.table()).isPresent()) {
            throw new RetortException(ErrorCode.REVISION, "table " + op.table() + " already exists");
        }
        return model.with(op.definition());
    }

    @Override
    public SchemaModel visitDropTable(DropTable op) {
        table(op.table());
        // a dropped table's triggers go with it
        return model.without(op.table()).withTriggers(model.triggers().stream().filter(t -> !t.isOn(op.table())).toList());
    }

    @Override
    public SchemaModel visitRenameTable(RenameTable op) {
        Table renamed = table(op.table()).withName(op.to());
        SchemaModel m = model.without(op.table()).with(renamed);
        List<Table> fixed = new ArrayList<>();
        for (Table t : m.tables()) {
            fixed.add(t.withForeignKeys(t.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(op.table())
                            ? fk.withReferencedTable(op.to())
                            : fk)
                    .toList()));
        }
        return model.withTables(fixed).withTriggers(model.triggers().stream()
                .map(t -> t.isOn(op.table()) ? t.onTable(op.to()) : t).toList());
    }

    @Override
    public SchemaModel visitAddColumn(AddColumn op) {
        return change(op.table(), t -> {
            int at = op.before().map(b -> t.columnNames().indexOf(b)).orElse(-1);
            if (at < 0) {
                return t.withColumns(plus(t.columns(), op.column()));
            }
            java.util.List<Column> columns = new java.util.ArrayList<>(t.columns());
            columns.add(at, op.column());
            return t.withColumns(columns);
        });
    }

    @Override
    public SchemaModel visitDropColumn(DropColumn op) {
        return change(op.table(), t -> {
            Column existing = t.column(op.column().name()).orElseThrow(() -> new RetortException(ErrorCode.REVISION,
                    "column " + t.name() + "." + op.column().name() + " does not exist"));
            return t.withColumns(t.columns().stream().filter(c -> c != existing).toList())
                    .withIndexes(t.indexes().stream().filter(i -> !i.columns().contains(existing.name())).toList());
        });
    }

    @Override
    public SchemaModel visitAlterColumn(AlterColumn op) {
        return change(op.table(), t -> t.mapColumn(op.column(), c -> op.to()));
    }

    @Override
    public SchemaModel visitRenameColumn(RenameColumn op) {
        UnaryOperator<List<String>> rename = cols -> cols.stream().map(c -> c.equals(op.from()) ? op.to() : c).toList();
        Table t = table(op.table());
        Table renamed = new Table(t.name(),
                t.columns().stream().map(c -> c.name().equals(op.from()) ? c.withName(op.to()) : c).toList(),
                rename.apply(t.primaryKey()),
                t.indexes().stream().map(i -> new Index(i.name(), rename.apply(i.columns()), i.unique(), i.method(),
                        i.where().map(w -> renameIdentifier(w, op.from(), op.to())))).toList(),
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), rename.apply(u.columns()))).toList(),
                t.foreignKeys().stream().map(f -> f.withColumns(rename.apply(f.columns())))
                        .map(f -> f.referencedTable().equals(t.name())
                                ? f.withReferencedColumns(rename.apply(f.referencedColumns())) : f)
                        .toList(),
                t.checks().stream().map(c -> new CheckConstraint(c.name(), renameIdentifier(c.expression(), op.from(), op.to())))
                        .toList(),
                t.comment(), t.primaryKeyName());
        List<Table> next = new ArrayList<>();
        for (Table other : model.tables()) {
            if (other.name().equals(t.name())) {
                next.add(renamed);
            } else {
                // databases rewrite the references of other tables' foreign keys along with the column
                next.add(other.withForeignKeys(other.foreignKeys().stream()
                        .map(f -> f.referencedTable().equals(t.name())
                                ? f.withReferencedColumns(rename.apply(f.referencedColumns()))
                                : f)
                        .toList()));
            }
        }
        return model.withTables(next);
    }

    /** Replaces a bare or double-quoted identifier outside string literals, as databases do in CHECK expressions. */
    static String renameIdentifier(String expression, String from, String to) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'(?:[^']|'')*'|\"" + java.util.regex.Pattern.quote(from)
                + "\"|\\b" + java.util.regex.Pattern.quote(from) + "\\b").matcher(expression);
        while (m.find()) {
            String hit = m.group();
            String replacement = hit.startsWith("'") ? hit : hit.startsWith("\"") ? "\"" + to + "\"" : to;
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public SchemaModel visitCreateIndex(CreateIndex op) {
        return change(op.table(), t -> t.withIndexes(plus(t.indexes(), op.index())));
    }

    @Override
    public SchemaModel visitDropIndex(DropIndex op) {
        return change(op.table(), t -> t.withIndexes(t.indexes().stream()
                .filter(i -> !i.name().equals(op.index().name())).toList()));
    }

    @Override
    public SchemaModel visitAddUniqueConstraint(AddUniqueConstraint op) {
        return change(op.table(), t -> t.withUniqueConstraints(plus(t.uniqueConstraints(), op.constraint())));
    }

    @Override
    public SchemaModel visitDropUniqueConstraint(DropUniqueConstraint op) {
        return change(op.table(), t -> t.withUniqueConstraints(t.uniqueConstraints().stream()
                .filter(u -> !u.sameShape(op.constraint())).toList()));
    }

    @Override
    public SchemaModel visitAddForeignKey(AddForeignKey op) {
        return change(op.table(), t -> t.withForeignKeys(plus(t.foreignKeys(), op.foreignKey())));
    }

    @Override
    public SchemaModel visitDropForeignKey(DropForeignKey op) {
        return change(op.table(), t -> t.withForeignKeys(t.foreignKeys().stream()
                .filter(f -> !f.sameShape(op.foreignKey())).toList()));
    }

    @Override
    public SchemaModel visitAddCheckConstraint(AddCheckConstraint op) {
        return change(op.table(), t -> t.withChecks(plus(t.checks(), op.check())));
    }

    @Override
    public SchemaModel visitDropCheckConstraint(DropCheckConstraint op) {
        return change(op.table(), t -> t.withChecks(t.checks().stream()
                .filter(c -> !c.sameShape(op.check())).toList()));
    }

    @Override
    public SchemaModel visitCreateSequence(CreateSequence op) {
        if (model.sequence(op.sequence().name()).isPresent()) {
            throw new RetortException(ErrorCode.REVISION, "sequence " + op.sequence().name() + " already exists");
        }
        List<dev.retort.model.Sequence> next = new ArrayList<>(model.sequences());
        next.add(op.sequence());
        return model.withSequences(next);
    }

    @Override
    public SchemaModel visitDropSequence(DropSequence op) {
        return model.withSequences(model.sequences().stream().filter(s -> !s.name().equals(op.sequence().name())).toList());
    }

    /** The sequence is {@code to} afterwards, like {@link #visitDropSequence} lenient about a missing one. */
    @Override
    public SchemaModel visitAlterSequence(AlterSequence op) {
        return model.withSequences(replacing(model.sequences(), dev.retort.model.Sequence::name, op.to()));
    }

    @Override
    public SchemaModel visitCreateEnumType(CreateEnumType op) {
        if (model.enumType(op.enumType().name()).isPresent()) {
            throw new RetortException(ErrorCode.REVISION, "enum type " + op.enumType().name() + " already exists");
        }
        List<dev.retort.model.EnumType> next = new ArrayList<>(model.enumTypes());
        next.add(op.enumType());
        return model.withEnumTypes(next);
    }

    @Override
    public SchemaModel visitDropEnumType(DropEnumType op) {
        return model.withEnumTypes(model.enumTypes().stream().filter(e -> !e.name().equals(op.enumType().name())).toList());
    }

    /**
     * The type is {@code to} afterwards, even where the model did not have it: SQLite reads no enum types back
     * (its enum columns are text), so a migration written for PostgreSQL must still replay there.
     */
    @Override
    public SchemaModel visitAlterEnumType(AlterEnumType op) {
        return model.withEnumTypes(replacing(model.enumTypes(), dev.retort.model.EnumType::name, op.to()));
    }

    @Override
    public SchemaModel visitAlterTableComment(AlterTableComment op) {
        return change(op.table(), t -> t.withComment(op.to()));
    }

    @Override
    public SchemaModel visitAlterPrimaryKey(AlterPrimaryKey op) {
        return change(op.table(), t -> t.withPrimaryKey(op.to()).withPrimaryKeyName(op.toName()));
    }

    @Override
    public SchemaModel visitExecuteSql(ExecuteSql op) {
        throw new RetortException(ErrorCode.UNSUPPORTED, "execute(...) runs raw SQL whose effect on the schema"
                + " cannot be computed without a database");
    }

    @Override
    public SchemaModel visitBulkInsert(BulkInsert op) {
        table(op.table());
        return model;
    }
}
