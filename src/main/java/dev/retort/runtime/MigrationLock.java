package dev.retort.runtime;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The database's migration lock, held by one connection while it migrates: a PostgreSQL session advisory lock, so
 * concurrent {@code upgrade} runs on one database take turns; SQLite's immediate transactions serialise them instead,
 * and the lock only says once that it waits for another writer. Released by {@link #close}.
 */
public final class MigrationLock implements AutoCloseable {
    private final Connection connection;
    private final SqlDialect dialect;
    private final String versionTable;

    private MigrationLock(Connection connection, SqlDialect dialect, String versionTable) {
        this.connection = connection;
        this.dialect = dialect;
        this.versionTable = versionTable;
    }

    /**
     * Runs the dialect's session guards on {@code connection} and takes the migration lock of {@code versionTable},
     * waiting up to {@code timeout} for another runner that holds it.
     *
     * @param progress told once when this runner has to wait, and for whom
     * @throws RetortException when the lock is still held after {@code timeout}
     */
    public static MigrationLock acquire(Connection connection, SqlDialect dialect, String versionTable, Duration timeout,
                                        Consumer<String> progress) throws SQLException {
        MigrationLock lock = new MigrationLock(connection, dialect, versionTable);
        lock.take(timeout, progress);
        return lock;
    }

    private void take(Duration timeout, Consumer<String> progress) throws SQLException {
        for (String guard : dialect.sessionGuards()) {
            execute(guard);
        }
        Optional<String> tryLock = dialect.tryLockStatement(versionTable);
        if (!dialect.writeLockProbe().isEmpty()) {
            probeWriteLock(timeout, progress);
            return;
        }
        if (tryLock.isEmpty()) {
            Optional<String> sql = dialect.lockStatement(versionTable);
            if (sql.isPresent()) {
                execute(sql.get());
            }
            return;
        }
        if (tookLock(tryLock.get())) {
            return;
        }
        progress.accept("Waiting for another runner to release the migration lock (" + holders() + "); giving up"
                + " after " + describe(timeout) + " (lock_timeout)");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(Math.max(1, Math.min(500, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (tookLock(tryLock.get())) {
                return;
            }
        }
        throw new RetortException(ErrorCode.DATABASE, "Gave up after " + describe(timeout) + " (lock_timeout):"
                + " another runner still holds the migration lock of this database (" + holders() + "). If it is"
                + " still working, let it finish and run the command again; if it was killed, its session can linger"
                + " until the server notices, so end it" + dialect.endSessionStatement().map(e -> " with " + e)
                .orElse("") + "; to wait longer, raise lock_timeout in retort.properties.");
    }

    /**
     * Where writers wait on each other (SQLite), says once that this runner will wait when another one is writing;
     * the wait itself is the database's, bounded by {@code lock_timeout}.
     */
    private void probeWriteLock(Duration timeout, Consumer<String> progress) throws SQLException {
        try (Statement st = connection.createStatement()) {
            try {
                for (String sql : dialect.writeLockProbe()) {
                    st.execute(sql);
                }
            } catch (SQLException busy) {
                String message = String.valueOf(busy.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (!message.contains("locked") && !message.contains("busy")) {
                    throw busy;
                }
                progress.accept("Waiting for another runner or program that is writing to the database; giving up"
                        + " after " + describe(timeout) + " (lock_timeout)");
            } finally {
                for (String sql : dialect.waitFor(timeout)) {
                    st.execute(sql);
                }
            }
        }
    }

    private boolean tookLock(String tryLock) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(tryLock)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Who holds the lock, as far as the database says; "holder unknown" when it does not. */
    private String holders() {
        Optional<String> query = dialect.lockHolderQuery(versionTable);
        if (query.isEmpty()) {
            return "holder unknown";
        }
        List<String> found = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query.get())) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return "holder unknown: " + e.getMessage();
        }
        return found.isEmpty() ? "holder just left" : "held by " + String.join("; ", found);
    }

    /** A timeout as a person says it: {@code 2 h}, {@code 10 min}, {@code 45 s}. */
    static String describe(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 && s > 0 ? s / 3600 + " h" : s % 60 == 0 && s > 0 ? s / 60 + " min" : s + " s";
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** Releases the lock, unless the connection is already closed (which released it). */
    @Override
    public void close() throws SQLException {
        Optional<String> sql = dialect.unlockStatement(versionTable);
        if (sql.isPresent() && !connection.isClosed()) {
            execute(sql.get());
        }
    }
}
