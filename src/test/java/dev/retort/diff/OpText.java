package dev.retort.diff;

import dev.retort.ops.*;
import java.util.List;

/** One canonical line per op, for asserting plans as text. */
public final class OpText implements OpVisitor<String> {
    public static List<String> of(MigrationPlan plan) {
        return plan.ops().stream().map(o -> o.accept(new OpText())).toList();
    }

    public String visitCreateTable(CreateTable op) { return "create_table " + op.table(); }
    public String visitDropTable(DropTable op) { return "drop_table " + op.table(); }
    public String visitRenameTable(RenameTable op) { return "rename_table " + op.table() + " " + op.to(); }
    public String visitAddColumn(AddColumn op) { return "add_column " + op.table() + "." + op.column().name() + " " + op.column().describe(); }
    public String visitDropColumn(DropColumn op) { return "drop_column " + op.table() + "." + op.column().name(); }
    public String visitAlterColumn(AlterColumn op) { return "alter_column " + op.table() + "." + op.column() + " " + op.from().describe() + " -> " + op.to().describe(); }
    public String visitRenameColumn(RenameColumn op) { return "rename_column " + op.table() + "." + op.from() + " " + op.to(); }
    public String visitCreateIndex(CreateIndex op) { return "create_index " + op.table() + "." + op.index().name() + op.index().columns() + (op.index().unique() ? " unique" : ""); }
    public String visitDropIndex(DropIndex op) { return "drop_index " + op.table() + "." + op.index().name(); }
    public String visitAddUniqueConstraint(AddUniqueConstraint op) { return "add_unique " + op.table() + "." + op.constraint().name().orElse("?") + op.constraint().columns(); }
    public String visitDropUniqueConstraint(DropUniqueConstraint op) { return "drop_unique " + op.table() + "." + op.constraint().name().orElse("?" + op.constraint().columns()); }
    public String visitAddForeignKey(AddForeignKey op) { return "add_fk " + op.table() + "." + op.foreignKey().name().orElse("?") + op.foreignKey().columns() + " -> " + op.foreignKey().referencedTable() + " " + op.foreignKey().onDelete() + (op.foreignKey().onUpdate() == dev.retort.model.ReferentialAction.NO_ACTION ? "" : " on update " + op.foreignKey().onUpdate()); }
    public String visitDropForeignKey(DropForeignKey op) { return "drop_fk " + op.table() + "." + op.foreignKey().name().orElse("?" + op.foreignKey().columns() + " -> " + op.foreignKey().referencedTable()); }
    public String visitAddCheckConstraint(AddCheckConstraint op) { return "add_check " + op.table() + " " + op.check().expression(); }
    public String visitDropCheckConstraint(DropCheckConstraint op) { return "drop_check " + op.table() + " " + op.check().expression(); }
    public String visitCreateSequence(CreateSequence op) { return "create_sequence " + op.sequence().name(); }
    public String visitDropSequence(DropSequence op) { return "drop_sequence " + op.sequence().name(); }
    public String visitAlterSequence(AlterSequence op) { return "alter_sequence " + op.name() + " start " + op.from().start() + " -> " + op.to().start() + ", increment " + op.from().increment() + " -> " + op.to().increment(); }
    public String visitCreateEnumType(CreateEnumType op) { return "create_enum_type " + op.enumType().name() + op.enumType().values(); }
    public String visitDropEnumType(DropEnumType op) { return "drop_enum_type " + op.enumType().name(); }
    public String visitAlterEnumType(AlterEnumType op) { return "alter_enum_type " + op.name() + op.from().values() + " -> " + op.to().values(); }
    public String visitAlterTableComment(AlterTableComment op) { return "alter_table_comment " + op.table() + " " + op.from().orElse("(none)") + " -> " + op.to().orElse("(none)"); }
    public String visitAlterPrimaryKey(AlterPrimaryKey op) {
        return "alter_primary_key " + op.table() + " " + op.from() + op.fromName().map(n -> " " + n).orElse("") + " -> "
                + op.to() + op.toName().map(n -> " " + n).orElse("");
    }
    public String visitExecuteSql(ExecuteSql op) { return "execute " + op.sql(); }
    public String visitBulkInsert(BulkInsert op) { return "bulk_insert " + op.table() + " " + op.rows().size(); }
}
