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
 * {@code postgresql+psycopg://…}, {@code sqlite:///./app.db}) into a JDBC URL plus credentials.
 */
public final class DatabaseUrls {
    private static final Pattern URI_CREDENTIALS = Pattern.compile("^([a-z0-9+]+://)([^:@/]*)(?::([^@/]*))?@(.*)$");

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

    public static Parsed parse(String raw, Path projectDir) {
        String url = raw.strip();
        if (url.startsWith("jdbc:sqlite:")) {
            return new Parsed(sqlite(url.substring("jdbc:sqlite:".length()), projectDir), Optional.empty(), Optional.empty());
        }
        if (url.startsWith("sqlite:")) {
            String path = url.substring("sqlite:".length());
            if (path.startsWith("///")) {
                path = path.substring(3);
            } else if (path.startsWith("//")) {
                path = path.substring(2);
            }
            return new Parsed(sqlite(path, projectDir), Optional.empty(), Optional.empty());
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new Parsed(url, Optional.empty(), Optional.empty());
        }
        Matcher scheme = Pattern.compile("^(postgres|postgresql)(\\+[a-z0-9]+)?://(.*)$").matcher(url);
        if (scheme.matches()) {
            String rest = scheme.group(3);
            Optional<String> user = Optional.empty();
            Optional<String> password = Optional.empty();
            int at = rest.lastIndexOf('@');
            if (at >= 0) {
                String credentials = rest.substring(0, at);
                rest = rest.substring(at + 1);
                int colon = credentials.indexOf(':');
                user = Optional.of(decode(colon >= 0 ? credentials.substring(0, colon) : credentials)).filter(s -> !s.isEmpty());
                password = colon >= 0 ? Optional.of(decode(credentials.substring(colon + 1))) : Optional.empty();
            }
            return new Parsed("jdbc:postgresql://" + rest, user, password);
        }
        throw new RetortException(ErrorCode.CONFIG, "Unsupported database URL " + redact(url)
                + "; use jdbc:sqlite:FILE, sqlite:///FILE, jdbc:postgresql://HOST:PORT/DB or postgresql://USER@HOST/DB");
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

    /** The URL with any password replaced by {@code ***}. */
    public static String redact(String url) {
        Matcher m = URI_CREDENTIALS.matcher(url);
        String out = url;
        if (m.matches() && m.group(3) != null) {
            out = m.group(1) + m.group(2) + ":***@" + m.group(4);
        }
        return out.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
