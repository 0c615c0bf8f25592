package dev.retort.migration;

/** Something declared inside {@code createTable(...)}: a column, the primary key, an index, a constraint or the comment. */
public sealed interface TableElement permits ColumnDef, PrimaryKeyDef, IndexDef, UniqueDef, ForeignKeyDef, CheckDef,
        TableCommentDef {
}
