package dev.retort.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests, started once per test run: {@code RETORT_TEST_PG_URL} when set
 * (a JDBC URL with user and password as parameters, or libpq form), else Testcontainers when a Docker engine
 * answers, else an embedded server from Maven Central binaries. With {@code CI=true}, no server is a failure.
 * Each test gets a fresh database of its own via {@link #newDatabase()}.
 */
public final class PostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    /** How to reach the server's administrative database. */
    private record Server(String host, int port, String user, String password, String how) {
        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /**
     * A database for one test.
     *
     * @param url the JDBC URL, without credentials
     * @param user the user
     * @param password the password
     */
    public record Database(String url, String user, String password) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private PostgresServer() {
    }

    /** Creates an empty database on the shared server. */
    public static synchronized Database newDatabase() {
        Server s = server();
        String name = "retort_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + s.how() + ": " + e.getMessage(), e);
        }
        return new Database(s.url(name), s.user(), s.password());
    }

    /** Which kind of server the tests use (for messages). */
    public static synchronized String description() {
        return server().how();
    }

    private static Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Server start() {
        Optional<String> fromEnv = Optional.ofNullable(System.getenv("RETORT_TEST_PG_URL")).filter(s -> !s.isBlank());
        if (fromEnv.isPresent()) {
            return fromUrl(fromEnv.get());
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                    container.getPassword(), "Testcontainers PostgreSQL");
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception e) {
                    // the process is ending anyway
                }
            }));
            return new Server("localhost", pg.getPort(), "postgres", "postgres", "embedded PostgreSQL");
        } catch (Exception | LinkageError e) {
            String message = "No PostgreSQL server for the tests: RETORT_TEST_PG_URL is unset, no Docker engine"
                    + " answers, and the embedded server did not start (" + e + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message, e);
            }
            Assumptions.abort(message);
            throw new AssertionError("unreachable");
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** {@code jdbc:postgresql://host:port/db?user=u&password=p} or {@code postgresql://u:p@host:port/db}. */
    private static Server fromUrl(String raw) {
        String url = raw.startsWith("jdbc:") ? raw.substring(5) : raw;
        java.net.URI uri = java.net.URI.create(url.replaceFirst("^postgres(ql)?(\\+\\w+)?://", "postgresql://"));
        String user = "postgres";
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
        return new Server(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, user, password, "RETORT_TEST_PG_URL");
    }
}
