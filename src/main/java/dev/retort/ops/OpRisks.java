package dev.retort.ops;

import dev.retort.model.ReferentialAction;
import java.util.ArrayList;
import java.util.List;

/** The one place that decides each op's {@link Risk}s; {@link MigrationOp#risks()} asks it. */
final class OpRisks implements OpVisitor<List<Risk>> {
    static final OpRisks INSTANCE = new OpRisks();

    private static final List<Risk> NONE = List.of();

    private OpRisks() {
    }

    @Override
    public List<Risk> visitCreateTable(CreateTable op) {
        return NONE;
    }

    @Override
    public List<Risk> visitDropTable(DropTable op) {
        return List.of(Risk.DATA_LOSS);
    }

    @Override
    public List<Risk> visitRenameTable(RenameTable op) {
        return NONE;
    }

    @Override
    public List<Risk> visitAddColumn(AddColumn op) {
        var c = op.column();
        return !c.nullable() && c.defaultValue().isEmpty() && !c.identity()
                ? List.of(Risk.NOT_NULL_WITHOUT_DEFAULT) : NONE;
    }

    @Override
    public List<Risk> visitDropColumn(DropColumn op) {
        return List.of(Risk.DATA_LOSS);
    }

    @Override
    public List<Risk> visitAlterColumn(AlterColumn op) {
        List<Risk> risks = new ArrayList<>(2);
        if (op.narrowsType()) {
            risks.add(Risk.NARROWING);
        }
        if (op.addsNotNull()) {
            risks.add(Risk.NOT_NULL_ADDED);
        }
        return List.copyOf(risks);
    }

    @Override
    public List<Risk> visitRenameColumn(RenameColumn op) {
        return NONE;
    }

    @Override
    public List<Risk> visitCreateIndex(CreateIndex op) {
        return NONE;
    }

    @Override
    public List<Risk> visitDropIndex(DropIndex op) {
        return NONE;
    }

    @Override
    public List<Risk> visitAddUniqueConstraint(AddUniqueConstraint op) {
        return NONE;
    }

    @Override
    public List<Risk> visitDropUniqueConstraint(DropUniqueConstraint op) {
        return List.of(Risk.UNIQUENESS_LOST);
    }

    @Override
    public List<Risk> visitAddForeignKey(AddForeignKey op) {
        return NONE;
    }

    @Override
    public List<Risk> visitDropForeignKey(DropForeignKey op) {
        return op.foreignKey().onUpdate() == ReferentialAction.NO_ACTION ? NONE : List.of(Risk.ON_UPDATE_LOST);
    }

    @Override
    public List<Risk> visitAddCheckConstraint(AddCheckConstraint op) {
        return NONE;
    }

    @Override
    public List<Risk> visitDropCheckConstraint(DropCheckConstraint op) {
        return NONE;
    }

    @Override
    public List<Risk> visitCreateSequence(CreateSequence op) {
        return NONE;
    }

    @Override
    public List<Risk> visitDropSequence(DropSequence op) {
        return NONE;
    }

    @Override
    public List<Risk> visitAlterSequence(AlterSequence op) {
        return op.from().increment() == op.to().increment() ? NONE : List.of(Risk.INCREMENT_CHANGED);
    }

    @Override
    public List<Risk> visitCreateEnumType(CreateEnumType op) {
        return NONE;
    }

    @Override
    public List<Risk> visitDropEnumType(DropEnumType op) {
        return NONE;
    }

    @Override
    public List<Risk> visitAlterEnumType(AlterEnumType op) {
        return op.removedLabels().isEmpty() ? NONE : List.of(Risk.LABELS_REMOVED);
    }

    @Override
    public List<Risk> visitAlterTableComment(AlterTableComment op) {
        return NONE;
    }

    @Override
    public List<Risk> visitAlterPrimaryKey(AlterPrimaryKey op) {
        return op.from().isEmpty() ? NONE
                : op.to().isEmpty() ? List.of(Risk.PRIMARY_KEY_DROPPED) : List.of(Risk.PRIMARY_KEY_CHANGED);
    }

    @Override
    public List<Risk> visitExecuteSql(ExecuteSql op) {
        return NONE;
    }

    @Override
    public List<Risk> visitBulkInsert(BulkInsert op) {
        return NONE;
    }
}
