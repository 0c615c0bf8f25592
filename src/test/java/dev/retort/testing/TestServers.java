package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;

/**
 * What the test servers ({@link PostgresServer}, {@link MariaDbServer}) share: the order in which they find a server
 * (a URL from the environment, Testcontainers when a Docker engine answers, then binaries), the reading of that URL,
 * a fresh database per test, and the rule that with {@code CI=true} no server is a failure, never a skipped test.
 */
final class TestServers {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestServers() {
    }

    /**
     * How to reach a server.
     *
     * @param scheme the JDBC scheme ({@code postgresql}, {@code mariadb})
     * @param how which kind of server it is, for messages
     */
    record Endpoint(String scheme, String host, int port, String user, String password, String how) {
        String url(String database) {
            return "jdbc:" + scheme + "://" + host + ":" + port + "/" + database;
        }

        /** Creates an empty database, connected through {@code adminDatabase}, and gives its name. */
        String createDatabase(String adminDatabase) {
            String name = "retort_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
            try (Connection c = DriverManager.getConnection(url(adminDatabase), user, password);
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database on " + how + ": " + e.getMessage(), e);
            }
            return name;
        }
    }

    /** The environment variable {@code name}, when set and not blank. */
    static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
    }

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /**
     * No server: with {@code CI=true} a failure, else the test is aborted with {@code message} (reported as skipped,
     * with the reason). Never returns normally.
     */
    static IllegalStateException unavailable(String message, Throwable cause) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message, cause);
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /**
     * A server named by {@code variable}'s URL: {@code jdbc:<scheme>://host:port/db?user=u&password=p}, or
     * {@code <alias>://u:p@host:port/db} for any scheme {@code aliases} matches (a driver suffix such as
     * {@code +psycopg} allowed).
     */
    static Endpoint fromUrl(String raw, String scheme, String aliases, String defaultUser, int defaultPort,
                            String variable) {
        String url = raw.startsWith("jdbc:") ? raw.substring(5) : raw;
        java.net.URI uri = java.net.URI.create(url.replaceFirst("^(" + aliases + ")(\\+\\w+)?://", scheme + "://"));
        String user = defaultUser;
        String password = "";
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : "";
        }
        if (uri.getQuery() != null) {
            for (String kv : uri.getQuery().split("&")) {
                String[] p = kv.split("=", 2);
                if (p[0].toLowerCase(Locale.ROOT).equals("user")) {
                    user = p[1];
                } else if (p[0].toLowerCase(Locale.ROOT).equals("password")) {
                    password = p[1];
                }
            }
        }
        return new Endpoint(scheme, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : defaultPort, user, password,
                variable);
    }
}
