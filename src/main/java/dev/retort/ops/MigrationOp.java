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

    /** Whether applying this op can lose data. */
    boolean isDestructive();

    /** The table this op acts on (for {@link ExecuteSql}, an empty string). */
    String table();

    <R> R accept(OpVisitor<R> visitor);
}
