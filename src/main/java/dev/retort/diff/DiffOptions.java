package dev.retort.diff;

/**
 * Comparison rules the live database imposes, decided by the dialect's capabilities, not by its name, and
 * whether the differ may recognise renames.
 *
 * @param identityIsIntegerAlias an identity column is stored as the database's one integer type
 *     (SQLite's rowid alias), so integer widths of identity columns are not compared
 * @param indexMethods the database keeps index methods; without them (SQLite) a GIN index is a plain one,
 *     so methods are not compared
 * @param comments the database keeps table and column comments; without them (SQLite) the entities' comments
 *     could never match, so comments are not compared
 * @param detectRenames a column (or table) that goes away while exactly one identical one appears becomes a
 *     rename, which keeps the data, instead of a drop and an add; off, every difference is a drop and an add
 */
public record DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments,
                          boolean detectRenames) {
    public static final DiffOptions STRICT = new DiffOptions(false, true, true, true);

    /** The given comparison rules, with rename detection on. */
    public DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments) {
        this(identityIsIntegerAlias, indexMethods, comments, true);
    }

    public DiffOptions withDetectRenames(boolean detect) {
        return new DiffOptions(identityIsIntegerAlias, indexMethods, comments, detect);
    }
}
