package dev.retort.migration;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a revision id may be: Retort's own are 12 lowercase hex digits, and any other id of letters, digits and
 * {@code _} is accepted too ({@code revision --rev-id 001}, histories brought from Alembic: {@code ae1027a6acf},
 * {@code 2024_01_add_users}), up to the version table's 32 characters. The words that name targets are not ids.
 */
public final class RevisionId {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    /** The rule, as error messages state it. */
    public static final String RULE = "letters, digits and _ (at most 32), other than head, heads, base and current";

    private RevisionId() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches() && !RESERVED.contains(id);
    }
}
