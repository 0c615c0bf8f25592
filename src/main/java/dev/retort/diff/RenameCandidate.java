package dev.retort.diff;

import java.util.Objects;

/**
 * A column (or table) that goes away while exactly one of the same definition appears: a rename, or a drop and
 * an add that happen to look alike. {@link RenameDecider} says which.
 *
 * @param kind whether a table or a column is renamed
 * @param table the table the column belongs to; for a table, its old name (as {@code from})
 * @param from the old name
 * @param to the new name
 * @param definition what both sides share, for a person to judge by: the column's type and constraints, e.g.
 *     {@code varchar(100) NOT NULL}, or the table's columns, e.g. {@code columns id, name}
 */
public record RenameCandidate(Kind kind, String table, String from, String to, String definition) {

    /** What is renamed. */
    public enum Kind { TABLE, COLUMN }

    public RenameCandidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(definition, "definition");
    }

    /**
     * One line naming both sides, e.g. {@code column account.fullname -> account.display_name (varchar(100) NOT
     * NULL)} or {@code table person -> account (columns id, name)}.
     */
    public String describe() {
        return switch (kind) {
            case TABLE -> "table " + from + " -> " + to + " (" + definition + ")";
            case COLUMN -> "column " + table + "." + from + " -> " + table + "." + to + " (" + definition + ")";
        };
    }
}
