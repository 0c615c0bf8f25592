package dev.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two sessions taking the migration lock of one version table run one after the other. */
class PostgresAdvisoryLockIT {

    private final PostgresDialect dialect = new PostgresDialect();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Connection first;
    private Connection second;

    @BeforeEach
    void connect() throws SQLException {
        PostgresServer.Database db = PostgresServer.newDatabase();
        first = db.connect();
        second = db.connect();
    }

    @AfterEach
    void close() throws SQLException {
        executor.shutdownNow();
        first.close();
        second.close();
    }

    /** Runs a statement that returns one value and gives that value as text. */
    private static String run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int backendPid(Connection c) throws SQLException {
        return Integer.parseInt(run(c, "SELECT pg_backend_pid()"));
    }

    /** Whether session {@code pid} waits for an advisory lock that another session holds. */
    private boolean waitsForAdvisoryLock(int pid) throws SQLException {
        return run(first, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND pid = " + pid)
                .equals("1");
    }

    @Test
    void secondSessionBlocksUntilTheFirstUnlocks() throws Exception {
        String lock = dialect.lockStatement("retort_version").orElseThrow();
        String unlock = dialect.unlockStatement("retort_version").orElseThrow();
        int secondPid = backendPid(second);

        run(first, lock);
        // the lock survives the end of a transaction: migrations commit one revision at a time
        first.setAutoCommit(false);
        first.commit();
        first.setAutoCommit(true);

        Future<String> waiting = executor.submit(() -> run(second, lock));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!waitsForAdvisoryLock(secondPid) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(waitsForAdvisoryLock(secondPid)).as("second session waits for the lock").isTrue();
        Thread.sleep(200);
        assertThat(waiting.isDone()).as("second session still blocked while the first holds the lock").isFalse();

        assertThat(run(first, unlock)).isEqualTo("t");
        waiting.get(10, TimeUnit.SECONDS);
        assertThat(waitsForAdvisoryLock(secondPid)).isFalse();
        assertThat(run(first, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = "
                + secondPid)).isEqualTo("1");
        assertThat(run(second, unlock)).isEqualTo("t");
        // nothing left to release
        assertThat(run(second, unlock)).isEqualTo("f");
    }

    @Test
    void differentVersionTablesDoNotBlockEachOther() throws Exception {
        run(first, dialect.lockStatement("retort_version").orElseThrow());
        Future<String> other = executor.submit(() -> run(second, dialect.lockStatement("billing_version").orElseThrow()));
        other.get(10, TimeUnit.SECONDS);
        assertThat(run(second, dialect.unlockStatement("billing_version").orElseThrow())).isEqualTo("t");
        assertThat(run(first, dialect.unlockStatement("retort_version").orElseThrow())).isEqualTo("t");
    }

    @Test
    void closingTheSessionReleasesTheLock() throws Exception {
        run(first, dialect.lockStatement("retort_version").orElseThrow());
        Future<String> waiting = executor.submit(() -> run(second, dialect.lockStatement("retort_version").orElseThrow()));
        Thread.sleep(200);
        assertThat(waiting.isDone()).isFalse();
        first.close();
        waiting.get(10, TimeUnit.SECONDS);
        assertThat(run(second, dialect.unlockStatement("retort_version").orElseThrow())).isEqualTo("t");
    }
}
