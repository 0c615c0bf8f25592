package dev.retort.ops;

import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;
import java.util.List;

/**
 * The canonical one-line text of an op, e.g. {@code add_column users.email varchar(320) NOT NULL} or
 * {@code drop_fk tasks.fk_tasks_crew_id}: names an op in the runner's error messages and the comments of
 * {@code --sql} scripts, and is the form the scenario suite pins plans in. Its words are Alembic's op names, so
 * a reader of either tool knows them; it is stable text, not Java, and never parsed back.
 */
public final class OpText implements OpVisitor<String> {
    private static final OpText INSTANCE = new OpText();

    private OpText() {
    }

    /** The line for {@code op}. */
    public static String of(MigrationOp op) {
        return op.accept(INSTANCE);
    }

    /** One line per op of {@code plan}, in order. */
    public static List<String> of(MigrationPlan plan) {
        return plan.ops().stream().map(OpText::of).toList();
    }

    @Override
    public String visitCreateTable(CreateTable op) {
        return "create_table " + op.table();
    }

    @Override
    public String visitDropTable(DropTable op) {
        return "drop_table " + op.table();
    }

    @Override
    public String visitRenameTable(RenameTable op) {
        return "rename_table " + op.table() + " " + op.to();
    }

    @Override
    public String visitAddColumn(AddColumn op) {
        return "add_column " + op.table() + "." + op.column().name() + " " + op.column().describe();
    }

    @Override
    public String visitDropColumn(DropColumn op) {
        return "drop_column " + op.table() + "." + op.column().name();
    }

    @Override
    public String visitAlterColumn(AlterColumn op) {
        return "alter_column " + op.table() + "." + op.column() + " " + op.from().describe() + " -> "
                + op.to().describe();
    }

    @Override
    public String visitRenameColumn(RenameColumn op) {
        return "rename_column " + op.table() + "." + op.from() + " " + op.to();
    }

    @Override
    public String visitCreateIndex(CreateIndex op) {
        return "create_index " + op.table() + "." + op.index().name() + op.index().columns()
                + (op.index().unique() ? " unique" : "");
    }

    @Override
    public String visitDropIndex(DropIndex op) {
        return "drop_index " + op.table() + "." + op.index().name();
    }

    @Override
    public String visitAddUniqueConstraint(AddUniqueConstraint op) {
        return "add_unique " + op.table() + "." + op.constraint().name().orElse("?") + op.constraint().columns();
    }

    @Override
    public String visitDropUniqueConstraint(DropUniqueConstraint op) {
        return "drop_unique " + op.table() + "." + op.constraint().name().orElse("?" + op.constraint().columns());
    }

    @Override
    public String visitAddForeignKey(AddForeignKey op) {
        ForeignKey fk = op.foreignKey();
        return "add_fk " + op.table() + "." + fk.name().orElse("?") + fk.columns() + " -> " + fk.referencedTable() + " "
                + fk.onDelete() + (fk.onUpdate() == ReferentialAction.NO_ACTION ? "" : " on update " + fk.onUpdate());
    }

    @Override
    public String visitDropForeignKey(DropForeignKey op) {
        ForeignKey fk = op.foreignKey();
        return "drop_fk " + op.table() + "." + fk.name().orElse("?" + fk.columns() + " -> " + fk.referencedTable());
    }

    @Override
    public String visitAddCheckConstraint(AddCheckConstraint op) {
        return "add_check " + op.table() + " " + op.check().expression();
    }

    @Override
    public String visitDropCheckConstraint(DropCheckConstraint op) {
        return "drop_check " + op.table() + " " + op.check().expression();
    }

    @Override
    public String visitCreateSequence(CreateSequence op) {
        return "create_sequence " + op.sequence().name();
    }

    @Override
    public String visitDropSequence(DropSequence op) {
        return "drop_sequence " + op.sequence().name();
    }

    @Override
    public String visitAlterSequence(AlterSequence op) {
        return "alter_sequence " + op.name() + " start " + op.from().start() + " -> " + op.to().start()
                + ", increment " + op.from().increment() + " -> " + op.to().increment();
    }

    @Override
    public String visitCreateEnumType(CreateEnumType op) {
        return "create_enum_type " + op.enumType().name() + op.enumType().values();
    }

    @Override
    public String visitDropEnumType(DropEnumType op) {
        return "drop_enum_type " + op.enumType().name();
    }

    @Override
    public String visitAlterEnumType(AlterEnumType op) {
        return "alter_enum_type " + op.name() + op.from().values() + " -> " + op.to().values();
    }

    @Override
    public String visitAlterTableComment(AlterTableComment op) {
        return "alter_table_comment " + op.table() + " " + op.from().orElse("(none)") + " -> "
                + op.to().orElse("(none)");
    }

    @Override
    public String visitAlterPrimaryKey(AlterPrimaryKey op) {
        return "alter_primary_key " + op.table() + " " + op.from() + op.fromName().map(n -> " " + n).orElse("") + " -> "
                + op.to() + op.toName().map(n -> " " + n).orElse("");
    }

    @Override
    public String visitExecuteSql(ExecuteSql op) {
        return "execute " + op.sql();
    }

    @Override
    public String visitBulkInsert(BulkInsert op) {
        return "bulk_insert " + op.table() + " " + op.rows().size();
    }
}
