package dev.retort.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests, started once per test run: {@code RETORT_TEST_PG_URL} when set
 * (a JDBC URL with user and password as parameters, or libpq form), else Testcontainers when a Docker engine
 * answers, else an embedded server from Maven Central binaries. With {@code CI=true}, no server is a failure.
 * Each test gets a fresh database of its own via {@link #newDatabase()}.
 */
public final class PostgresServer {
    private static TestServers.Endpoint server;

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
        TestServers.Endpoint s = server();
        return new Database(s.url(s.createDatabase("postgres")), s.user(), s.password());
    }

    /** Which kind of server the tests use (for messages). */
    public static synchronized String description() {
        return server().how();
    }

    private static TestServers.Endpoint server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static TestServers.Endpoint start() {
        Optional<String> fromEnv = TestServers.env("RETORT_TEST_PG_URL");
        if (fromEnv.isPresent()) {
            return TestServers.fromUrl(fromEnv.get(), "postgresql", "postgres|postgresql", "postgres", 5432,
                    "RETORT_TEST_PG_URL");
        }
        if (TestServers.dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new TestServers.Endpoint("postgresql", container.getHost(), container.getMappedPort(5432),
                    container.getUsername(), container.getPassword(), "Testcontainers PostgreSQL");
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
            return new TestServers.Endpoint("postgresql", "localhost", pg.getPort(), "postgres", "postgres",
                    "embedded PostgreSQL");
        } catch (Exception | LinkageError e) {
            String message = "No PostgreSQL server for the tests: RETORT_TEST_PG_URL is unset, no Docker engine"
                    + " answers, and the embedded server did not start (" + e + ")";
            throw TestServers.unavailable(message, e);
        }
    }
}
