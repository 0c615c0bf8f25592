package dev.retort.diff;

import java.util.Objects;

/**
 * Comparison rules the live database imposes, decided by the dialect's capabilities, not by its name, and
 * who decides whether a lost column (or table) with an identical new one is a rename.
 *
 * @param identityIsIntegerAlias an identity column is stored as the database's one integer type
 *     (SQLite's rowid alias), so integer widths of identity columns are not compared
 * @param indexMethods the database keeps index methods; without them (SQLite) a GIN index is a plain one,
 *     so methods are not compared
 * @param comments the database keeps table and column comments; without them (SQLite) the entities' comments
 *     could never match, so comments are not compared
 * @param renames decides each rename candidate: a column (or table) that goes away while exactly one identical
 *     one appears becomes a rename, which keeps the data, when it says yes, and a drop and an add otherwise;
 *     {@link RenameDecider#REJECT_ALL} does not look for candidates at all
 */
public record DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments,
                          RenameDecider renames) {
    public static final DiffOptions STRICT = new DiffOptions(false, true, true, RenameDecider.ACCEPT_ALL);

    public DiffOptions {
        Objects.requireNonNull(renames, "renames");
    }

    /** The given comparison rules, with every rename candidate taken as a rename. */
    public DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments) {
        this(identityIsIntegerAlias, indexMethods, comments, RenameDecider.ACCEPT_ALL);
    }

    public DiffOptions withRenames(RenameDecider decider) {
        return new DiffOptions(identityIsIntegerAlias, indexMethods, comments, decider);
    }

    /** {@link RenameDecider#ACCEPT_ALL} when {@code detect}, {@link RenameDecider#REJECT_ALL} otherwise. */
    public DiffOptions withDetectRenames(boolean detect) {
        return withRenames(detect ? RenameDecider.ACCEPT_ALL : RenameDecider.REJECT_ALL);
    }

    /** Whether the differ looks for rename candidates at all: always, unless renames are rejected outright. */
    public boolean detectRenames() {
        return renames != RenameDecider.REJECT_ALL;
    }
}
