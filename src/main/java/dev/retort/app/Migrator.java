package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.CatalogReader;
import dev.retort.model.SchemaModel;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Step;
import dev.retort.runtime.ConcurrentMigrationException;
import dev.retort.runtime.JdbcSink;
import dev.retort.runtime.MigrationLock;
import dev.retort.runtime.MigrationRunner;
import dev.retort.runtime.VersionTable;
import dev.retort.script.ScriptDirectory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
        try (Connection connection = project.connect(dialect);
             MigrationLock lock = MigrationLock.acquire(connection, dialect, versions.name(),
                     project.config().lockTimeout(), progress)) {
            verifyChecksums(connection, dialect, scripts, versions, up, allowEdited, progress);
            for (int attempt = 1; ; attempt++) {
                try {
                    migrateOnce(connection, dialect, scripts, versions, target, up, progress, line -> {
                        applied.add(line);
                        progress.accept(line);
                    });
                    return new Results.Migrated(applied, versions.heads(connection));
                } catch (ConcurrentMigrationException e) {
                    if (attempt == REPLANS) {
                        throw e;
                    }
                }
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
        new MigrationRunner(dialect, versions, new JdbcSink(connection)).acceptEdited(scripts, edited);
        progress.accept("Accepted (--allow-edited): " + checksums.describeEdited() + (edited.size() == 1 ? " was" : " were")
                + " edited after being applied; the edited checksum is recorded from now on");
    }

    /**
     * One plan and its run. The plan is made from the version table read before the first migration's
     * transaction; each migration re-reads it inside its transaction, so concurrent runners never apply a
     * migration twice (a stale plan stops, and {@link #migrate} plans again).
     */
    private void migrateOnce(Connection connection, SqlDialect dialect, ScriptDirectory scripts, VersionTable versions,
                             String target, boolean up, Consumer<String> notes, Consumer<String> progress) {
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
        if (!dialect.capabilities().transactionalDdl()) {
            notes.accept("Note: this database cannot roll back DDL; a migration that fails midway stays partly"
                    + " applied, and the error names the statements that ran");
        }
        CatalogReader reader = project.reader(dialect, project.schemasOf(SchemaModel.EMPTY, scripts));
        SchemaModel start = project.timings.time("introspection", () -> reader.read(connection, project::isApplicationTable));
        project.timings.time("migrations (run)", () -> new MigrationRunner(dialect, versions,
                new JdbcSink(connection, dialect::commitsImplicitly))
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
            new MigrationRunner(dialect, versions, new JdbcSink(connection))
                    .stamp(targets, scripts.graph().ancestry(targets));
            return new Results.Migrated(List.of(), versions.heads(connection));
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
    }
}
