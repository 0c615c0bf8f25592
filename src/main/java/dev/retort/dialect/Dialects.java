package dev.retort.dialect;

import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Picks the dialect for a database by name or JDBC URL, from an explicit list of the databases Retort
 * supports (no service loading until there are plugins).
 */
public final class Dialects {

    /** A supported database: its dialect name, the JDBC URL prefix that selects it, and the dialect. */
    private record Known(String name, String jdbcPrefix, SqlDialect dialect) {
    }

    private static final SqlDialect MARIADB = new MariaDbDialect();

    /**
     * MySQL is reached through MariaDB's dialect and driver: {@code mysql} and {@code jdbc:mysql:} (a MySQL driver's
     * URL, as a {@code DataSource} reports it) select it too.
     */
    private static final List<Known> KNOWN = List.of(
            new Known("sqlite", "jdbc:sqlite:", new SqliteDialect()),
            new Known("postgresql", "jdbc:postgresql:", new PostgresDialect()),
            new Known("mariadb", "jdbc:mariadb:", MARIADB),
            new Known("mysql", "jdbc:mysql:", MARIADB));

    private Dialects() {
    }

    /** The dialect called {@code name} ({@code sqlite}, {@code postgresql}, {@code mariadb}, {@code mysql}), in any case. */
    public static SqlDialect forName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return KNOWN.stream().filter(k -> k.name().equals(n)).map(Known::dialect).findFirst()
                .orElseThrow(() -> new RetortException(ErrorCode.CONFIG, "unknown dialect '" + name
                        + "'; supported dialects: " + names()));
    }

    /**
     * The dialect whose JDBC URL prefix starts {@code jdbcUrl} ({@code jdbc:sqlite:app.db},
     * {@code jdbc:postgresql://host/db}).
     */
    public static SqlDialect forJdbcUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip();
        for (Known k : KNOWN) {
            if (url.regionMatches(true, 0, k.jdbcPrefix(), 0, k.jdbcPrefix().length())) {
                return k.dialect();
            }
        }
        throw new RetortException(ErrorCode.CONFIG, "no dialect for database URL " + scheme(url)
                + "...; supported URL prefixes: "
                + KNOWN.stream().map(Known::jdbcPrefix).collect(Collectors.joining(", ")));
    }

    /** The names {@link #forName} accepts. */
    public static List<String> names() {
        return KNOWN.stream().map(Known::name).toList();
    }

    /** Only the scheme of a URL, never its host, user or password. */
    private static String scheme(String url) {
        int first = url.indexOf(':');
        int second = first < 0 ? -1 : url.indexOf(':', first + 1);
        String s = second < 0 ? (first < 0 ? url : url.substring(0, first + 1)) : url.substring(0, second + 1);
        return "'" + (s.length() > 40 ? s.substring(0, 40) : s) + "'";
    }
}
