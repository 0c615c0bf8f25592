package dev.retort.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which tables Retort manages when comparing entities with a database: tables matching an {@code include}
 * pattern (all, when there is none) and no {@code exclude} pattern. Patterns are globs ({@code *}, {@code ?}),
 * case-insensitive, matched against the table name, or {@code schema.table} for tables outside the default
 * schema (so {@code audit.*} covers a whole schema). Tables owned by something else are thus never dropped.
 *
 * @param include patterns a managed table matches at least one of (empty: every table)
 * @param exclude patterns no managed table matches
 */
public record TableFilter(List<String> include, List<String> exclude) {
    public static final TableFilter ALL = new TableFilter(List.of(), List.of());

    public TableFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public boolean manages(String table) {
        return (include.isEmpty() || include.stream().anyMatch(p -> matches(p, table)))
                && exclude.stream().noneMatch(p -> matches(p, table));
    }

    static boolean matches(String glob, String table) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.strip().toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(table).matches()
                || Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(table.toLowerCase(Locale.ROOT)).matches();
    }
}
