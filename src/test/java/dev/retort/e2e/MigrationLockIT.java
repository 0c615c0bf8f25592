package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.error.RetortException;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runner that finds another one holding the migration lock (on SQLite, writing) says once that it waits (on
 * PostgreSQL, for whom: pid, application, client, since when), waits up to {@code lock_timeout}, and then gives up
 * with the fix; a lock released in time lets it go on. On both databases.
 */
class MigrationLockIT {
    private static final String CORPUS = HibernateJudge.CORPUS + "names";

    @TempDir
    Path dir;

    private static Connection connect(RetortConfig config) throws Exception {
        return config.user().isPresent()
                ? DriverManager.getConnection(config.url().orElseThrow(), config.user().get(), config.password().orElse(""))
                : DriverManager.getConnection(config.url().orElseThrow());
    }

    @Test
    void mariaDbNamesTheConnectionHoldingTheNamedLockAndGivesUpAfterTheTimeout() throws Exception {
        RetortConfig config = Projects.mariadb(dir, HibernateJudge.CLASSES, CORPUS, Map.of())
                .withLockTimeout(Duration.ofSeconds(2));
        Retort retort = Projects.retort(config);
        retort.autogenerate("initial schema");
        try (Connection holder = connect(config); Statement st = holder.createStatement()) {
            st.execute("SELECT GET_LOCK(CONCAT('retort_', DATABASE(), '.', 'retort_version'), 0)");
            String id;
            try (ResultSet rs = st.executeQuery("SELECT CONNECTION_ID()")) {
                rs.next();
                id = rs.getString(1);
            }
            List<String> progress = new CopyOnWriteArrayList<>();
            assertThatThrownBy(() -> retort.upgrade("head", progress::add)).isInstanceOf(RetortException.class)
                    .hasMessageContaining("Gave up after 2 s (lock_timeout)")
                    .hasMessageContaining("held by connection " + id + " (")
                    .hasMessageContaining("KILL CONNECTION ID");
            assertThat(progress).singleElement().asString().startsWith("Waiting for another runner");
            assertThat(retort.current().revisions()).isEmpty();
            st.execute("SELECT RELEASE_LOCK(CONCAT('retort_', DATABASE(), '.', 'retort_version'))");
        }
        retort.upgrade("head", line -> { });
        assertThat(retort.current().revisions()).hasSize(1);
    }

    @Test
    void postgresNamesTheSessionHoldingTheLockAndGivesUpAfterTheTimeout() throws Exception {
        RetortConfig config = Projects.postgres(dir, HibernateJudge.CLASSES, CORPUS, Map.of())
                .withLockTimeout(Duration.ofSeconds(2));
        Retort retort = Projects.retort(config);
        retort.autogenerate("initial schema");
        try (Connection holder = connect(config); Statement st = holder.createStatement()) {
            st.execute("SET application_name = 'the other runner'");
            st.execute("SELECT pg_advisory_lock(" + PostgresDialect.advisoryLockKey("retort_version") + ")");
            String pid;
            try (ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getString(1);
            }
            List<String> progress = new CopyOnWriteArrayList<>();
            long started = System.nanoTime();
            assertThatThrownBy(() -> retort.upgrade("head", progress::add)).isInstanceOf(RetortException.class)
                    .hasMessageContaining("Gave up after 2 s (lock_timeout)")
                    .hasMessageContaining("held by pid " + pid + " (the other runner)")
                    .hasMessageContaining("pg_terminate_backend");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2),
                    Duration.ofSeconds(30));
            assertThat(progress).singleElement().asString().startsWith("Waiting for another runner")
                    .contains("pid " + pid).contains("giving up after 2 s");
            assertThat(retort.current().revisions()).isEmpty();

            // released in time: the waiting runner goes on
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(700);
                    st.execute("SELECT pg_advisory_unlock_all()");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            List<String> second = new CopyOnWriteArrayList<>();
            release.start();
            Projects.retort(config.withLockTimeout(Duration.ofSeconds(20))).upgrade("head", second::add);
            release.join();
            assertThat(second.get(0)).startsWith("Waiting for another runner");
            assertThat(second).filteredOn(l -> l.startsWith("Waiting")).hasSize(1);
            assertThat(retort.current().revisions()).hasSize(1);
        }
    }

    @Test
    void sqliteWaitsUpToTheTimeoutAndSaysWhatToDo() throws Exception {
        RetortConfig config = Projects.sqlite(dir, HibernateJudge.CLASSES, CORPUS, Map.of())
                .withLockTimeout(Duration.ofSeconds(1));
        Retort retort = Projects.retort(config);
        retort.autogenerate("initial schema");
        try (Connection holder = connect(config)) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("CREATE TABLE held (x integer)");
            long started = System.nanoTime();
            List<String> progress = new CopyOnWriteArrayList<>();
            assertThatThrownBy(() -> retort.upgrade("head", progress::add)).isInstanceOf(RetortException.class)
                    .hasMessageContaining("database is locked").hasMessageContaining("lock_timeout");
            assertThat(progress).singleElement().asString()
                    .startsWith("Waiting for another runner or program that is writing to the database")
                    .contains("giving up after 1 s");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900),
                    Duration.ofSeconds(30));
            holder.rollback();
        }
        retort.upgrade("head", line -> { });
        assertThat(retort.current().revisions()).hasSize(1);
    }

    /**
     * A runner killed with {@code kill -9} while the server runs one of its statements: the server learns that the
     * client is gone only when it talks to it, so without a guard the session, and the advisory lock, lived on until
     * the statement ended (here ten minutes). The session guards make the server look every few seconds.
     */
    @Test
    void aKilledPostgresRunnersSessionEndsWithinSecondsAndFreesTheLock() throws Exception {
        RetortConfig config = Projects.postgres(dir, HibernateJudge.CLASSES, CORPUS, Map.of());
        Files.writeString(dir.resolve("retort.properties"), "url=" + config.url().orElseThrow() + "\nuser="
                + config.user().orElseThrow() + "\npassword=" + config.password().orElse("") + "\nmigrations=migrations\n");
        Retort retort = Projects.retort(config);
        retort.revision("a long statement", false);
        Path file;
        try (var files = Files.list(dir.resolve("migrations"))) {
            file = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        dev.retort.testing.MigrationBodies.fill(file, "op.execute(\"SELECT pg_sleep(600)\");", null);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/retort.jar").toAbsolutePath().toString(), "-C", dir.toString(), "upgrade", "head")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        String lockKey = String.valueOf(PostgresDialect.advisoryLockKey("retort_version"));
        try (Connection watcher = connect(config); Statement st = watcher.createStatement()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (Sql.rows(watcher, "SELECT pid FROM pg_stat_activity WHERE state = 'active'"
                    + " AND query LIKE 'SELECT pg_sleep(600)%'").isEmpty()) {
                assertThat(System.nanoTime()).as("the child reached its long statement: "
                        + Files.readString(dir.resolve("child.log"))).isLessThan(deadline);
                Thread.sleep(100);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long killed = System.nanoTime();
            boolean took = false;
            while (!took && System.nanoTime() - killed < Duration.ofSeconds(120).toNanos()) {
                try (ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + lockKey + ")")) {
                    rs.next();
                    took = rs.getBoolean(1);
                }
                if (!took) {
                    Thread.sleep(200);
                }
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - killed);
            assertThat(took).as("the killed runner's lock was freed").isTrue();
            assertThat(waited).as("freed long before the statement would have ended").isLessThan(Duration.ofSeconds(60));
            assertThat(Sql.rows(watcher, "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%'"))
                    .as("the killed runner's session ended").isEmpty();
            st.execute("SELECT pg_advisory_unlock_all()");
        }
        assertThat(retort.current().revisions()).as("the killed migration is not recorded").isEmpty();
    }
}
