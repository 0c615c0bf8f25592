package dev.retort.diff;

/**
 * Comparison rules the live database imposes, decided by the dialect's capabilities, not by its name.
 *
 * @param identityIsIntegerAlias an identity column is stored as the database's one integer type
 *     (SQLite's rowid alias), so integer widths of identity columns are not compared
 * @param indexMethods the database keeps index methods; without them (SQLite) a GIN index is a plain one,
 *     so methods are not compared
 * @param comments the database keeps table and column comments; without them (SQLite) the entities' comments
 *     could never match, so comments are not compared
 */
public record DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments) {
    public static final DiffOptions STRICT = new DiffOptions(false, true, true);
}
