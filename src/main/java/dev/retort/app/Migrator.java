package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.CatalogReader;
import dev.retort.model.SchemaModel;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Step;
import dev.retort.runtime.ChecksumTable;
import dev.retort.runtime.JdbcSink;
import dev.retort.runtime.MigrationRunner;
import dev.retort.runtime.VersionTable;
import dev.retort.script.ScriptDirectory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code upgrade}, {@code downgrade} and {@code stamp}: plans steps on the revision graph and runs them under
 * the database's migration lock.
 */
final class Migrator {
    /** How often a plan is made again after another process moved the version table under it. */
    private static final int REPLANS = 5;

    private final Project project;

    Migrator(Project project) {
        this.project = project;
    }

    /**
     * Applies ({@code up}) or reverts migrations up or down to {@code target}. Before anything runs, the applied
     * migrations are compared with the checksums recorded when they were applied: going up, an edited one stops the
     * run unless {@code allowEdited}, which accepts the edit by recording its new checksum; going down, it is named.
     */
    Results.Migrated migrate(String target, boolean up, boolean allowEdited, Consumer<String> progress) {
        SqlDialect dialect = project.dialect();
        ScriptDirectory scripts = project.scripts();
        VersionTable versions = project.versionTable(dialect);
        List<String> applied = new ArrayList<>();
        try (Connection connection = project.connect(dialect)) {
            lock(connection, dialect, progress);
            try {
                verifyChecksums(connection, dialect, scripts, versions, up, allowEdited, progress);
                for (int attempt = 1; ; attempt++) {
                    try {
                        migrateOnce(connection, dialect, scripts, versions, target, up, line -> {
                            applied.add(line);
                            progress.accept(line);
                        });
                        return new Results.Migrated(applied, versions.heads(connection));
                    } catch (dev.retort.runtime.ConcurrentMigrationException e) {
                        if (attempt == REPLANS) {
                            throw e;
                        }
                    }
                }
            } finally {
                unlock(connection, dialect);
            }
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
    }

    /** Refuses, accepts or names applied migrations edited since they were applied; see {@link #migrate}. */
    private void verifyChecksums(Connection connection, SqlDialect dialect, ScriptDirectory scripts, VersionTable versions,
                                 boolean up, boolean allowEdited, Consumer<String> progress) {
        AppliedChecksums checksums = AppliedChecksums.read(connection, dialect, project, scripts, versions.heads(connection));
        List<String> edited = checksums.edited();
        if (edited.isEmpty()) {
            return;
        }
        String which = (edited.size() == 1 ? "The applied migration " : "The applied migrations ") + checksums.describeEdited()
                + (edited.size() == 1 ? " was" : " were") + " edited after " + (edited.size() == 1 ? "it was" : "they were")
                + " applied: the operations of " + (edited.size() == 1 ? "its" : "their") + " upgrade no longer have the"
                + " checksum recorded then, so the database may not be what the migrations say";
        if (!up) {
            progress.accept("Note: " + which + "; the downgrade that runs is the edited one");
            return;
        }
        if (!allowEdited) {
            throw new RetortException(ErrorCode.REVISION, which + ". Nothing was run. Undo the edit (e.g. `git diff`"
                    + " the file) and put the change in a new migration (`retort revision -m MESSAGE`); or, when the database"
                    + " already is what the edited migration says (the same change was made by hand), run `retort upgrade"
                    + " --allow-edited`, which records the edited checksum and goes on.");
        }
        JdbcSink sink = new JdbcSink(connection);
        ChecksumTable table = new ChecksumTable(dialect, versions.name());
        sink.begin();
        try {
            for (String id : edited) {
                table.record(sink, id, scripts.require(id).record(true).recorded());
            }
            sink.commit();
        } catch (RuntimeException e) {
            sink.rollback();
            throw e;
        }
        progress.accept("Accepted (--allow-edited): " + checksums.describeEdited() + (edited.size() == 1 ? " was" : " were")
                + " edited after being applied; the edited checksum is recorded from now on");
    }

    /**
     * Takes the database's migration lock where it has one (a PostgreSQL session advisory lock), so concurrent
     * {@code upgrade} runs on one database take turns; SQLite's immediate transactions serialise them instead.
     */
    private void lock(Connection connection, SqlDialect dialect, Consumer<String> progress) throws SQLException {
        String versionTable = project.config().versionTable();
        for (String guard : dialect.sessionGuards()) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute(guard);
            }
        }
        Optional<String> tryLock = dialect.tryLockStatement(versionTable);
        if (!dialect.writeLockProbe().isEmpty()) {
            probeWriteLock(connection, dialect, progress);
            return;
        }
        if (tryLock.isEmpty()) {
            Optional<String> sql = dialect.lockStatement(versionTable);
            if (sql.isPresent()) {
                try (java.sql.Statement st = connection.createStatement()) {
                    st.execute(sql.get());
                }
            }
            return;
        }
        if (tookLock(connection, tryLock.get())) {
            return;
        }
        java.time.Duration timeout = project.config().lockTimeout();
        progress.accept("Waiting for another runner to release the migration lock ("
                + holders(connection, dialect, versionTable) + "); giving up after " + describe(timeout)
                + " (lock_timeout)");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(Math.max(1, Math.min(500, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (tookLock(connection, tryLock.get())) {
                return;
            }
        }
        throw new RetortException(ErrorCode.DATABASE, "Gave up after " + describe(timeout) + " (lock_timeout):"
                + " another runner still holds the migration lock of this database ("
                + holders(connection, dialect, versionTable) + "). If it is still working, let it finish and run"
                + " the command again; if it was killed, its session can linger until the server notices, so end it"
                + " with SELECT pg_terminate_backend(PID); to wait longer, raise lock_timeout in retort.properties.");
    }

    /**
     * Where writers wait on each other (SQLite), says once that this runner will wait when another one is writing;
     * the wait itself is the database's, bounded by {@code lock_timeout}.
     */
    private void probeWriteLock(Connection connection, SqlDialect dialect, Consumer<String> progress)
            throws SQLException {
        java.time.Duration timeout = project.config().lockTimeout();
        try (java.sql.Statement st = connection.createStatement()) {
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

    private static boolean tookLock(Connection connection, String tryLock) throws SQLException {
        try (java.sql.Statement st = connection.createStatement(); java.sql.ResultSet rs = st.executeQuery(tryLock)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Who holds the lock, as far as the database says; "holder unknown" when it does not. */
    private static String holders(Connection connection, SqlDialect dialect, String versionTable) {
        Optional<String> query = dialect.lockHolderQuery(versionTable);
        if (query.isEmpty()) {
            return "holder unknown";
        }
        List<String> found = new ArrayList<>();
        try (java.sql.Statement st = connection.createStatement(); java.sql.ResultSet rs = st.executeQuery(query.get())) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return "holder unknown: " + e.getMessage();
        }
        return found.isEmpty() ? "holder just left" : "held by " + String.join("; ", found);
    }

    static String describe(java.time.Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 && s > 0 ? s / 3600 + " h" : s % 60 == 0 && s > 0 ? s / 60 + " min" : s + " s";
    }

    private void unlock(Connection connection, SqlDialect dialect) throws SQLException {
        Optional<String> sql = dialect.unlockStatement(project.config().versionTable());
        if (sql.isPresent() && !connection.isClosed()) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute(sql.get());
            }
        }
    }

    /**
     * One plan and its run. The plan is made from the version table read before the first migration's
     * transaction; each migration re-reads it inside its transaction, so concurrent runners never apply a
     * migration twice (a stale plan stops, and {@link #migrate} plans again).
     */
    private void migrateOnce(Connection connection, SqlDialect dialect, ScriptDirectory scripts, VersionTable versions,
                             String target, boolean up, Consumer<String> progress) {
        RevisionGraph graph = scripts.graph();
        List<String> current = versions.heads(connection);
        for (String id : current) {
            if (!graph.contains(id)) {
                throw new RetortException(ErrorCode.REVISION, "The database is at revision " + id
                        + ", which no migration file in " + project.config().migrationsDir() + " has; restore that"
                        + " migration, or record the right revision with `retort stamp REV`");
            }
        }
        List<String> targets = up ? graph.resolveUpgradeTarget(target, current) : graph.resolveDowngradeTarget(target, current);
        List<Step> steps = up ? graph.upgradeSteps(current, targets) : graph.downgradeSteps(current, targets);
        if (steps.isEmpty()) {
            return;
        }
        CatalogReader reader = project.reader(dialect, project.schemasOf(SchemaModel.EMPTY, scripts));
        SchemaModel start = project.timings.time("introspection", () -> reader.read(connection, project::isApplicationTable));
        project.timings.time("migrations (run)", () -> new MigrationRunner(dialect, versions, new JdbcSink(connection))
                .run(scripts, steps, start, before -> reader.read(connection, project::isApplicationTable),
                        step -> versions.heads(connection), progress));
    }

    /**
     * Records {@code target} as the database's revision without running any migration, for a schema
     * created outside Retort ({@code stamp head}) or to repair the version table.
     */
    Results.Migrated stamp(String target) {
        SqlDialect dialect = project.dialect();
        ScriptDirectory scripts = project.scripts();
        VersionTable versions = project.versionTable(dialect);
        try (Connection connection = project.connect(dialect)) {
            List<String> current = versions.heads(connection).stream().filter(scripts.graph()::contains).toList();
            List<String> targets = scripts.graph().resolveUpgradeTarget(target, current);
            JdbcSink sink = new JdbcSink(connection);
            sink.begin();
            try {
                versions.ensure(sink);
                versions.set(sink, targets);
                // a stamp runs nothing: the checksums of revisions no longer applied go, no new ones are recorded
                ChecksumTable checksums = new ChecksumTable(dialect, versions.name());
                checksums.ensure(sink);
                checksums.retain(sink, scripts.graph().ancestry(targets));
                sink.commit();
            } catch (RuntimeException e) {
                sink.rollback();
                throw e;
            }
            return new Results.Migrated(List.of(), versions.heads(connection));
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
    }
}
