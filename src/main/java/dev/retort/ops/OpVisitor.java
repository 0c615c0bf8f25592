package dev.retort.ops;

/** One method per op, so adding an op breaks compilation wherever it must be handled. */
public interface OpVisitor<R> {
    R visitCreateTable(CreateTable op);

    R visitDropTable(DropTable op);

    R visitRenameTable(RenameTable op);

    R visitAddColumn(AddColumn op);

    R visitDropColumn(DropColumn op);

    R visitAlterColumn(AlterColumn op);

    R visitRenameColumn(RenameColumn op);

    R visitCreateIndex(CreateIndex op);

    R visitDropIndex(DropIndex op);

    R visitAddUniqueConstraint(AddUniqueConstraint op);

    R visitDropUniqueConstraint(DropUniqueConstraint op);

    R visitAddForeignKey(AddForeignKey op);

    R visitDropForeignKey(DropForeignKey op);

    R visitAddCheckConstraint(AddCheckConstraint op);

    R visitDropCheckConstraint(DropCheckConstraint op);

    R visitCreateSequence(CreateSequence op);

    R visitDropSequence(DropSequence op);

    R visitAlterSequence(AlterSequence op);

    R visitCreateEnumType(CreateEnumType op);

    R visitDropEnumType(DropEnumType op);

    R visitAlterEnumType(AlterEnumType op);

    R visitAlterTableComment(AlterTableComment op);

    R visitAlterPrimaryKey(AlterPrimaryKey op);

    R visitExecuteSql(ExecuteSql op);

    R visitBulkInsert(BulkInsert op);
}
