package dev.retort.diff;

import dev.retort.model.ColumnType;
import dev.retort.model.NameMatching;
import dev.retort.model.TypeKind;
import java.util.Map;
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
 * @param storedAs type kinds the database stores exactly as another type (SQLite keeps a {@code timestamptz} as a
 *     {@code timestamp}, a {@code uuid} as a {@code blob}, JSON as text; PostgreSQL a large object as an
 *     {@code oid}), only for kinds without parameters: two types that the database stores alike
 *     are the same type there, so a database whose columns Hibernate or another tool spelled the plain way is not
 *     reported, and nothing is altered that would not change
 * @param sequenceSettings the database keeps a sequence's start and increment, so they are compared; without
 *     (SQLite) a sequence is the same sequence whatever they are
 * @param names how the database matches the model's names ({@link dev.retort.model.Identifiers}): a live table,
 *     column or sequence that the database takes for an entity's (PostgreSQL: {@code x_portal_user} for the
 *     entities' {@code X_PORTAL_USER}; SQLite: {@code dtype} for {@code DTYPE}) is compared as that one
 * @param valueListLength the database keeps the length of a string column that a check limits to a list of values
 *     ({@link dev.retort.model.ValueList}); without (MariaDB's native {@code enum}) two such columns with lists on
 *     both sides are the same type whatever their lengths
 */
public record DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments,
                          RenameDecider renames, Map<TypeKind, ColumnType> storedAs, boolean sequenceSettings,
                          NameMatching names, boolean valueListLength) {
    public static final DiffOptions STRICT = new DiffOptions(false, true, true, RenameDecider.ACCEPT_ALL);

    public DiffOptions {
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(names, "names");
        storedAs = Map.copyOf(storedAs);
    }

    /** The given comparison rules; every value list's length is kept. */
    public DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments, RenameDecider renames,
                       Map<TypeKind, ColumnType> storedAs, boolean sequenceSettings, NameMatching names) {
        this(identityIsIntegerAlias, indexMethods, comments, renames, storedAs, sequenceSettings, names, true);
    }

    /** The given comparison rules, every type stored as itself. */
    public DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments, RenameDecider renames) {
        this(identityIsIntegerAlias, indexMethods, comments, renames, Map.of(), true, NameMatching.EXACT);
    }

    /** The given comparison rules, with every rename candidate taken as a rename. */
    public DiffOptions(boolean identityIsIntegerAlias, boolean indexMethods, boolean comments) {
        this(identityIsIntegerAlias, indexMethods, comments, RenameDecider.ACCEPT_ALL);
    }

    public DiffOptions withRenames(RenameDecider decider) {
        return new DiffOptions(identityIsIntegerAlias, indexMethods, comments, decider, storedAs, sequenceSettings,
                names, valueListLength);
    }

    /** Whether the database stores {@code a} and {@code b} alike ({@link #storedAs()}). */
    public boolean sameType(ColumnType a, ColumnType b) {
        return a.equals(b) || stored(storedAs, a).equals(stored(storedAs, b));
    }

    /**
     * {@code type} as a database with {@code storedAs} stores it. The entry for {@link TypeKind#OTHER} applies to
     * array types only ({@code integer[]}), which SQLite stores as a blob; other OTHER types are kept.
     */
    public static ColumnType stored(Map<TypeKind, ColumnType> storedAs, ColumnType type) {
        if (type.kind() == TypeKind.OTHER && !type.raw().endsWith("[]")) {
            return type;
        }
        return storedAs.getOrDefault(type.kind(), type);
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
