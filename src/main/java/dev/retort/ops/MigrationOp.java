package dev.retort.ops;

/**
 * One schema or data change. Every op carries the full state needed to undo it, so
 * {@link #inverse()} is total except for hand-written SQL and data ops.
 */
public sealed interface MigrationOp permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn,
        AlterColumn, RenameColumn, CreateIndex, DropIndex, AddUniqueConstraint, DropUniqueConstraint,
        AddForeignKey, DropForeignKey, AddCheckConstraint, DropCheckConstraint, CreateSequence, DropSequence, AlterSequence,
        CreateEnumType, DropEnumType, AlterEnumType, AlterTableComment, AlterPrimaryKey, ExecuteSql, BulkInsert {

    /** The op that undoes this one. */
    MigrationOp inverse();

    /** What applying this op may cost or break, in a fixed order; empty for a safe op. */
    default java.util.List<Risk> risks() {
        return accept(OpRisks.INSTANCE);
    }

    /** Whether applying this op can lose data that its inverse cannot bring back. */
    default boolean losesData() {
        return risks().stream().anyMatch(Risk::losesData);
    }

    /** The table this op acts on; empty for sequences, enum types and raw SQL, which belong to none. */
    default java.util.Optional<String> onTable() {
        return this instanceof TableOp t ? java.util.Optional.of(t.table()) : java.util.Optional.empty();
    }

    <R> R accept(OpVisitor<R> visitor);
}
