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

    /**
     * Tables other tools keep for themselves, in any schema and any letter case: Alembic's version table,
     * Flyway's schema history (and its pre-5 {@code schema_version}), Liquibase's change log and its lock.
     */
    public static final List<String> OTHER_TOOLS = List.of("alembic_version", "flyway_schema_history",
            "schema_version", "databasechangelog", "databasechangeloglock");

    /**
     * Hibernate's tables for multi-table mutations, {@code HT_<table>} and {@code HTE_<table>}: temporary on
     * PostgreSQL, but created as ordinary tables on SQLite by {@code ddl-auto}. Matched with their upper-case
     * prefix only, as Hibernate writes them, so an application's own {@code ht_} tables stay managed.
     */
    private static final Pattern HIBERNATE_TEMPORARY = Pattern.compile("HTE?_.+");

    public TableFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public boolean manages(String table) {
        return (include.isEmpty() || include.stream().anyMatch(p -> matches(p, table)))
                && exclude.stream().noneMatch(p -> matches(p, table));
    }

    /**
     * Whether {@code table} (bare or {@code schema.table}) is one of {@link #OTHER_TOOLS} or a Hibernate temporary
     * table. A database adopted from one of those tools keeps these tables: Retort never reports, creates,
     * alters or drops them.
     */
    public static boolean isOtherToolsTable(String table) {
        String bare = table.replace("\"", "").substring(table.replace("\"", "").lastIndexOf('.') + 1);
        return OTHER_TOOLS.stream().anyMatch(p -> matches(p, bare)) || HIBERNATE_TEMPORARY.matcher(bare).matches();
    }

    static boolean matches(String glob, String name) {
        // a name marked to keep its case ("MixedCase", schema parts alike) matches without its quotes
        String table = name.replace("\"", "");
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
