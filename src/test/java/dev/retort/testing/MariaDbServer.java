package dev.retort.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * A real MariaDB server for tests, started once per test run: {@code RETORT_TEST_MARIADB_URL} when set (a JDBC URL
 * with user and password as parameters, or {@code mariadb://user:password@host:port/db}, {@code mysql://…} for a
 * MySQL server), else Testcontainers when a Docker engine answers, else a server started from the local binaries
 * (Debian's {@code mariadb-server} package, which {@code .ci/run} installs) on a temporary data directory and a free
 * port, as the embedded PostgreSQL is. With {@code CI=true}, no server is a failure. Each test gets a fresh database
 * of its own via {@link #newDatabase()}.
 */
public final class MariaDbServer {
    private static final String USER = "retort";
    private static final String PASSWORD = "retort-test";
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

    private MariaDbServer() {
    }

    /** Creates an empty database on the shared server. */
    public static synchronized Database newDatabase() {
        TestServers.Endpoint s = server();
        return new Database(s.url(s.createDatabase("")), s.user(), s.password());
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
        Optional<String> fromEnv = TestServers.env("RETORT_TEST_MARIADB_URL");
        if (fromEnv.isPresent()) {
            return TestServers.fromUrl(fromEnv.get(), "mariadb", "mariadb|mysql", "root", 3306,
                    "RETORT_TEST_MARIADB_URL");
        }
        if (TestServers.dockerAnswers()) {
            GenericContainer<?> container = new GenericContainer<>("mariadb:11.4")
                    .withEnv("MARIADB_USER", USER).withEnv("MARIADB_PASSWORD", PASSWORD)
                    .withEnv("MARIADB_ROOT_PASSWORD", PASSWORD)
                    .withEnv("MARIADB_EXTRA_FLAGS", "--character-set-server=utf8mb4")
                    .withExposedPorts(3306)
                    .waitingFor(Wait.forLogMessage(".*ready for connections.*", 2));
            container.start();
            return new TestServers.Endpoint("mariadb", container.getHost(), container.getMappedPort(3306), "root",
                    PASSWORD, "Testcontainers MariaDB");
        }
        try {
            return LocalServer.start();
        } catch (Exception | LinkageError e) {
            String message = "No MariaDB server for the tests: RETORT_TEST_MARIADB_URL is unset, no Docker engine"
                    + " answers, and no server could be started from local binaries (install Debian's mariadb-server,"
                    + " as .ci/run does): " + e.getMessage();
            throw TestServers.unavailable(message, e);
        }
    }

    /** A {@code mariadbd} from the machine's binaries on a data directory of its own, stopped when the JVM ends. */
    private static final class LocalServer {
        private static final List<String> DIRECTORIES = List.of("/usr/sbin", "/usr/bin", "/usr/local/bin",
                "/usr/local/sbin", "/usr/local/mysql/bin");

        static TestServers.Endpoint start() throws IOException, InterruptedException {
            Path daemon = find("mariadbd", "mysqld");
            Path installer = find("mariadb-install-db", "mysql_install_db");
            Path dir = Files.createTempDirectory("retort-mariadb");
            Path data = dir.resolve("data");
            Path log = dir.resolve("server.log");
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            List<String> user = isRoot() ? List.of("--user=root") : List.of();
            List<String> install = new ArrayList<>(List.of(installer.toString(), "--no-defaults",
                    "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"));
            install.addAll(user);
            Process installing = new ProcessBuilder(install).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("install.log").toFile()).start();
            if (!installing.waitFor(120, TimeUnit.SECONDS) || installing.exitValue() != 0) {
                throw new IOException(installer + " failed: " + tail(dir.resolve("install.log")));
            }
            // the test user, created at start-up: TCP logins need a password, and root keeps the socket only
            Path init = dir.resolve("init.sql");
            Files.writeString(init, "CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "';\n"
                    + "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%' WITH GRANT OPTION;\n");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(daemon.toString(), "--no-defaults", "--datadir=" + data,
                    "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                    "--pid-file=" + dir.resolve("mysqld.pid"), "--init-file=" + init,
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci",
                    "--innodb-buffer-pool-size=64M", "--skip-log-bin", "--log-error=" + log,
                    // temporary tables in the scratch directory too, out of the way of whatever cleans /tmp
                    "--tmpdir=" + tmp));
            command.addAll(user);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.destroy();
                try {
                    process.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process.destroyForcibly();
                deleteQuietly(dir);
            }));
            TestServers.Endpoint s = new TestServers.Endpoint("mariadb", "127.0.0.1", port, USER, PASSWORD,
                    "MariaDB from " + daemon);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            SQLException last = null;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException(daemon + " stopped: " + tail(log));
                }
                try (Connection c = DriverManager.getConnection(s.url(""), USER, PASSWORD)) {
                    return s;
                } catch (SQLException e) {
                    last = e;
                    Thread.sleep(200);
                }
            }
            process.destroyForcibly();
            throw new IOException(daemon + " did not accept connections within 60 s (" + last + "): " + tail(log));
        }

        private static Path find(String... names) throws IOException {
            List<Path> places = new ArrayList<>();
            for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (!p.isBlank()) {
                    places.add(Path.of(p));
                }
            }
            DIRECTORIES.forEach(d -> places.add(Path.of(d)));
            for (String name : names) {
                for (Path place : places) {
                    Path candidate = place.resolve(name);
                    if (Files.isExecutable(candidate)) {
                        return candidate;
                    }
                }
            }
            throw new IOException("no " + String.join(" or ", names) + " on the PATH or in " + DIRECTORIES);
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
                return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        private static void deleteQuietly(Path dir) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory; the system cleans it eventually
            }
        }
    }
}
