package dev.retort.ops;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.NameMatching;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An op with the names of the objects it touches spelled as a schema model spells them, where the database takes
 * the two spellings for one name ({@link NameMatching#key}). A migration names a table {@code X_PORTAL_USER}, the
 * schema read from PostgreSQL has {@code x_portal_user}, and an older migration may have written it either way:
 * before the runtime turns the op into SQL and folds it onto the model, it speaks of the model's table. Names the op
 * brings in (a new table, column, index or constraint) stay as the op has them; an exact match always wins; with
 * {@link NameMatching#EXACT} the op is returned as it is.
 */
public final class OpSpelling implements OpVisitor<MigrationOp> {
    private final SchemaModel model;
    private final NameMatching matching;

    private OpSpelling(SchemaModel model, NameMatching matching) {
        this.model = model;
        this.matching = matching;
    }

    /** {@code op} with the names of what {@code model} already has spelled as {@code model} spells them. */
    public static MigrationOp inModelSpelling(MigrationOp op, SchemaModel model, NameMatching matching) {
        return matching == NameMatching.EXACT ? op : op.accept(new OpSpelling(model, matching));
    }

    private <T> String spelled(String name, List<T> candidates, java.util.function.Function<T, String> nameOf) {
        String key = matching.key(name);
        String found = null;
        for (T candidate : candidates) {
            String have = nameOf.apply(candidate);
            if (have.equals(name)) {
                return name;
            }
            if (found == null && matching.key(have).equals(key)) {
                found = have;
            }
        }
        return found == null ? name : found;
    }

    private String table(String name) {
        return model.table(name).isPresent() ? name : spelled(name, model.tables(), Table::name);
    }

    private Optional<Table> existing(String table) {
        return model.table(table(table));
    }

    private String column(String table, String name) {
        return existing(table).map(t -> spelled(name, t.columns(), Column::name)).orElse(name);
    }

    private List<String> columns(String table, List<String> names) {
        return names.stream().map(n -> n.contains("(") ? n : column(table, n)).toList();
    }

    private Column column(String table, Column c) {
        return c.withName(column(table, c.name()));
    }

    private Index index(String table, Index index, boolean existingName) {
        String name = existingName
                ? existing(table).map(t -> spelled(index.name(), t.indexes(), Index::name)).orElse(index.name())
                : index.name();
        return new Index(name, columns(table, index.columns()), index.unique(), index.method(), index.where());
    }

    private UniqueConstraint unique(String table, UniqueConstraint u) {
        return new UniqueConstraint(u.name(), columns(table, u.columns()));
    }

    private ForeignKey foreignKey(String table, ForeignKey f) {
        String referenced = table(f.referencedTable());
        return new ForeignKey(f.name(), columns(table, f.columns()), referenced,
                columns(referenced, f.referencedColumns()), f.onDelete(), f.onUpdate());
    }

    /** A whole table: its name and, where it exists already, its columns and keys in the model's spelling. */
    private Table table(Table t) {
        String name = table(t.name());
        if (model.table(name).isEmpty()) {
            // a new table keeps its own names; only the tables and columns its keys refer to are the model's
            return t.withForeignKeys(t.foreignKeys().stream().map(f -> {
                String referenced = table(f.referencedTable());
                return new ForeignKey(f.name(), f.columns(), referenced, columns(referenced, f.referencedColumns()),
                        f.onDelete(), f.onUpdate());
            }).toList());
        }
        return new Table(name, t.columns().stream().map(c -> column(name, c)).toList(), columns(name, t.primaryKey()),
                t.indexes().stream().map(i -> index(name, i, true)).toList(),
                t.uniqueConstraints().stream().map(u -> unique(name, u)).toList(),
                t.foreignKeys().stream().map(f -> foreignKey(name, f)).toList(), t.checks(), t.comment(),
                t.primaryKeyName());
    }

    private Sequence sequence(Sequence s) {
        return new Sequence(spelled(s.name(), model.sequences(), Sequence::name), s.start(), s.increment());
    }

    private EnumType enumType(EnumType e) {
        return new EnumType(spelled(e.name(), model.enumTypes(), EnumType::name), e.values());
    }

    @Override
    public MigrationOp visitCreateTable(CreateTable op) {
        return new CreateTable(table(op.definition()));
    }

    @Override
    public MigrationOp visitDropTable(DropTable op) {
        return new DropTable(table(op.definition()));
    }

    @Override
    public MigrationOp visitRenameTable(RenameTable op) {
        return new RenameTable(table(op.table()), op.to());
    }

    @Override
    public MigrationOp visitAddColumn(AddColumn op) {
        String table = table(op.table());
        return new AddColumn(table, op.column(), op.before().map(b -> column(table, b)));
    }

    @Override
    public MigrationOp visitDropColumn(DropColumn op) {
        String table = table(op.table());
        return new DropColumn(table, column(table, op.column()), op.followedBy().map(f -> column(table, f)));
    }

    @Override
    public MigrationOp visitAlterColumn(AlterColumn op) {
        String table = table(op.table());
        return op.respelled(table, column(table, op.from()), column(table, op.to()));
    }

    @Override
    public MigrationOp visitRenameColumn(RenameColumn op) {
        String table = table(op.table());
        return new RenameColumn(table, column(table, op.from()), op.to());
    }

    @Override
    public MigrationOp visitCreateIndex(CreateIndex op) {
        String table = table(op.table());
        return new CreateIndex(table, index(table, op.index(), false));
    }

    @Override
    public MigrationOp visitDropIndex(DropIndex op) {
        String table = table(op.table());
        return new DropIndex(table, index(table, op.index(), true));
    }

    @Override
    public MigrationOp visitAddUniqueConstraint(AddUniqueConstraint op) {
        String table = table(op.table());
        return new AddUniqueConstraint(table, unique(table, op.constraint()));
    }

    @Override
    public MigrationOp visitDropUniqueConstraint(DropUniqueConstraint op) {
        String table = table(op.table());
        return new DropUniqueConstraint(table, unique(table, op.constraint()));
    }

    @Override
    public MigrationOp visitAddForeignKey(AddForeignKey op) {
        String table = table(op.table());
        return new AddForeignKey(table, foreignKey(table, op.foreignKey()));
    }

    @Override
    public MigrationOp visitDropForeignKey(DropForeignKey op) {
        String table = table(op.table());
        return new DropForeignKey(table, foreignKey(table, op.foreignKey()));
    }

    @Override
    public MigrationOp visitAddCheckConstraint(AddCheckConstraint op) {
        return new AddCheckConstraint(table(op.table()), op.check());
    }

    @Override
    public MigrationOp visitDropCheckConstraint(DropCheckConstraint op) {
        return new DropCheckConstraint(table(op.table()), op.check());
    }

    @Override
    public MigrationOp visitCreateSequence(CreateSequence op) {
        return new CreateSequence(sequence(op.sequence()));
    }

    @Override
    public MigrationOp visitDropSequence(DropSequence op) {
        return new DropSequence(sequence(op.sequence()));
    }

    @Override
    public MigrationOp visitAlterSequence(AlterSequence op) {
        return new AlterSequence(sequence(op.from()), sequence(op.to()));
    }

    @Override
    public MigrationOp visitCreateEnumType(CreateEnumType op) {
        return new CreateEnumType(enumType(op.enumType()));
    }

    @Override
    public MigrationOp visitDropEnumType(DropEnumType op) {
        return new DropEnumType(enumType(op.enumType()));
    }

    @Override
    public MigrationOp visitAlterEnumType(AlterEnumType op) {
        return new AlterEnumType(enumType(op.from()), enumType(op.to()));
    }

    @Override
    public MigrationOp visitAlterTableComment(AlterTableComment op) {
        return new AlterTableComment(table(op.table()), op.from(), op.to());
    }

    @Override
    public MigrationOp visitAlterPrimaryKey(AlterPrimaryKey op) {
        String table = table(op.table());
        return new AlterPrimaryKey(table, columns(table, op.from()), columns(table, op.to()), op.fromName(),
                op.toName());
    }

    @Override
    public MigrationOp visitExecuteSql(ExecuteSql op) {
        return op;
    }

    @Override
    public MigrationOp visitBulkInsert(BulkInsert op) {
        String table = table(op.table());
        List<Map<String, Object>> rows = op.rows().stream().map(row -> {
            Map<String, Object> spelled = new LinkedHashMap<>();
            row.forEach((column, value) -> spelled.put(column(table, column), value));
            return spelled;
        }).toList();
        return new BulkInsert(table, rows);
    }
}
