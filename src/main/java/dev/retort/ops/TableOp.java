package dev.retort.ops;

/** An op that acts on one table: every op but those on sequences, enum types and raw SQL. */
public interface TableOp {
    /** The table, as the model spells it ({@code users}, {@code app.users}). */
    String table();
}
