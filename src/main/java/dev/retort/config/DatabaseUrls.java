package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the URL forms users paste (JDBC, libpq {@code postgresql://user:pw@host/db}, SQLAlchemy
 * {@code postgresql+psycopg://…}, {@code sqlite:///./app.db}, {@code mysql://user:pw@host/db},
 * {@code mysql+pymysql://…}) into a JDBC URL plus credentials. MySQL URLs become MariaDB's JDBC URL: MariaDB's driver,
 * the one Retort ships, connects to MySQL servers too.
 */
public final class DatabaseUrls {
    private DatabaseUrls() {
    }

    /**
     * A normalised URL.
     *
     * @param jdbcUrl the JDBC URL without credentials
     * @param user the user found in the URL
     * @param password the password found in the URL
     */
    public record Parsed(String jdbcUrl, Optional<String> user, Optional<String> password) {
    }

    /** {@code sqlite:} and SQLAlchemy's {@code sqlite+DRIVER:}. */
    private static final Pattern SQLITE_DRIVER = Pattern.compile("sqlite(\\+[a-z0-9_.-]+)?:");

    public static Parsed parse(String raw, Path projectDir) {
        String url = lowerCaseScheme(raw.strip());
        if (url.startsWith("jdbc:sqlite:")) {
            return new Parsed(sqlite(url.substring("jdbc:sqlite:".length()), projectDir), Optional.empty(), Optional.empty());
        }
        Matcher sqliteDriver = SQLITE_DRIVER.matcher(url);
        if (sqliteDriver.lookingAt()) {
            // SQLAlchemy's sqlite+DRIVER:// forms (pysqlite, aiosqlite, pysqlcipher): the driver is Python's
            String path = url.substring(sqliteDriver.end());
            if (path.startsWith("///")) {
                path = path.substring(3);
            } else if (path.startsWith("//")) {
                path = path.substring(2);
            }
            return new Parsed(sqlite(path, projectDir), Optional.empty(), Optional.empty());
        }
        if (url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:postgresql://")) {
            return new Parsed(url, Optional.empty(), Optional.empty());
        }
        // jdbc:postgresql://user:pw@host/db: the driver takes no credentials there, so they are lifted out
        Matcher postgres = Pattern.compile("^(?:jdbc:)?(postgres|postgresql)(\\+[a-z0-9_.-]+)?://(.*)$").matcher(url);
        if (postgres.matches()) {
            return withCredentials("jdbc:postgresql://", postgres.group(3));
        }
        // MariaDB's driver, the one Retort ships, speaks to MySQL servers too: every MySQL form becomes its URL
        Matcher mariadb = Pattern.compile("^(?:jdbc:)?(mariadb|mysql)(\\+[a-z0-9_.-]+)?://(.*)$").matcher(url);
        if (mariadb.matches()) {
            return withCredentials("jdbc:mariadb://", mariadb.group(3));
        }
        throw new RetortException(ErrorCode.CONFIG, "Unsupported database URL " + redact(url)
                + "; use jdbc:sqlite:FILE, sqlite:///FILE, jdbc:postgresql://HOST:PORT/DB, postgresql://USER@HOST/DB,"
                + " jdbc:mariadb://HOST:PORT/DB, mariadb://USER@HOST:PORT/DB or mysql://USER@HOST:PORT/DB (also"
                + " jdbc:mysql:// and SQLAlchemy's mysql+pymysql://, mysql+mysqldb://, mariadb+mariadbconnector://)");
    }

    /** {@code prefix} and what follows {@code ://}, with the {@code user:password@} before the host lifted out. */
    private static Parsed withCredentials(String prefix, String afterScheme) {
        String rest = afterScheme;
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        int at = credentialsEnd(rest);
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            user = Optional.of(decode(colon >= 0 ? credentials.substring(0, colon) : credentials)).filter(s -> !s.isEmpty());
            password = colon >= 0 ? Optional.of(decode(credentials.substring(colon + 1))) : Optional.empty();
        }
        return new Parsed(prefix + rest, user, password);
    }

    private static String sqlite(String path, Path projectDir) {
        if (path.isEmpty() || path.equals(":memory:") || path.startsWith("file:")) {
            return "jdbc:sqlite:" + path;
        }
        String file = path;
        String query = "";
        int q = path.indexOf('?');
        if (q >= 0) {
            file = path.substring(0, q);
            query = path.substring(q);
        }
        Path p = Path.of(file);
        if (!p.isAbsolute()) {
            p = projectDir.resolve(p).normalize();
        }
        return "jdbc:sqlite:" + p + query;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * Where the {@code user:password} before the host ends (its {@code @}) in what follows {@code ://}, or -1: the
     * last {@code @} before the query, so a password may hold {@code @} and {@code /} while an {@code @} in a
     * query parameter ({@code ?user=a@b}) is not taken for it.
     */
    private static int credentialsEnd(String afterScheme) {
        int query = afterScheme.indexOf('?');
        return (query < 0 ? afterScheme : afterScheme.substring(0, query)).lastIndexOf('@');
    }

    /** The scheme ({@code POSTGRESQL://}, {@code JDBC:SQLITE:}) in lower case, the rest as it is. */
    private static String lowerCaseScheme(String url) {
        Matcher m = SCHEME.matcher(url);
        return m.lookingAt() ? m.group().toLowerCase(java.util.Locale.ROOT) + url.substring(m.end()) : url;
    }

    private static final Pattern SCHEME = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*:)+(?://)?");

    /**
     * The URL with any password replaced by {@code ***}: the password of {@code scheme://user:password@host}, in
     * any scheme and case and whatever characters it holds ({@code /}, {@code @}), and every
     * {@code password=} parameter.
     */
    public static String redact(String url) {
        String out = url;
        int start = out.indexOf("://");
        if (start >= 0) {
            String rest = out.substring(start + 3);
            int at = credentialsEnd(rest);
            int colon = at < 0 ? -1 : rest.indexOf(':');
            if (colon >= 0 && colon < at) {
                out = out.substring(0, start + 3) + rest.substring(0, colon) + ":***" + rest.substring(at);
            }
        }
        return withoutPasswordParameters(out);
    }

    /** A {@code password=} parameter (also {@code PASSWORD=}, {@code ;password=}) and its value. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)([^&;\\s]*)");

    /** {@code text} with the value of every {@code password=} parameter replaced by {@code ***}. */
    static String withoutPasswordParameters(String text) {
        return PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
    }

    /**
     * The passwords a URL carries, as written and URL-decoded: the userinfo's and every {@code password=}
     * parameter's. What {@link #redact} removes, for removing them from text that merely mentions them.
     */
    public static java.util.Set<String> passwordsIn(String url) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        int start = url.indexOf("://");
        if (start >= 0) {
            String rest = url.substring(start + 3);
            int at = credentialsEnd(rest);
            int colon = at < 0 ? -1 : rest.indexOf(':');
            if (colon >= 0 && colon < at) {
                found.add(rest.substring(colon + 1, at));
            }
        }
        Matcher m = PASSWORD_PARAMETER.matcher(url);
        while (m.find()) {
            found.add(m.group(2));
        }
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (String p : found) {
            if (!p.isEmpty()) {
                all.add(p);
                try {
                    all.add(decode(p));
                } catch (IllegalArgumentException e) {
                    // not valid percent-encoding: only the raw form can appear
                }
            }
        }
        return all;
    }
}
