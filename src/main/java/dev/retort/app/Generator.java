package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.diff.SchemaDiffer;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationPlan;
import dev.retort.render.MigrationHeader;
import dev.retort.render.MigrationRenderer;
import dev.retort.render.RenderedMigration;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code autogenerate} and {@code revision}: diff entities against the database and write a migration class. */
final class Generator {
    private final Project project;
    private final Clock clock;
    private final Supplier<String> revisionIds;

    Generator(Project project, Clock clock, Supplier<String> revisionIds) {
        this.project = project;
        this.clock = clock;
        this.revisionIds = revisionIds;
    }

    /** Diffs the entities against the database and writes a migration, or reports no change. */
    Results.Generated autogenerate(String message) {
        SqlDialect dialect = project.dialect();
        ScriptDirectory scripts = project.scripts();
        Optional<String> head = scripts.graph().singleHead();
        SchemaModel target = project.entities(dialect);
        SchemaModel live;
        try (Connection connection = project.connect(dialect)) {
            List<String> current = project.versionTable(dialect).heads(connection);
            if (!current.equals(head.map(List::of).orElse(List.of()))) {
                throw new RetortException(ErrorCode.NOT_UP_TO_DATE, "Target database is not up to date: it is at "
                        + describe(current) + " but the migrations' head is " + head.orElse("<base>")
                        + ". Run `retort upgrade head` first, then autogenerate again");
            }
            live = project.reader(dialect, project.schemasOf(target, scripts)).read(connection, project::isApplicationTable);
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
        MigrationPlan plan = new SchemaDiffer(project.diffOptions(dialect)).diff(target, live);
        if (plan.isEmpty()) {
            return new Results.Generated(Optional.empty(), Optional.empty(), List.of());
        }
        return write(message, head, plan);
    }
    /**
     * {@code autogenerate --offline}: diffs the entities against the schema the migrations produce, replayed
     * without a database ({@link Replayer}), and writes a migration revising the single head.
     */
    Results.Generated autogenerateOffline(String message) {
        List<String> notes = new ArrayList<>();
        SqlDialect dialect = Checker.offlineDialect(project, notes);
        ScriptDirectory scripts = project.scripts();
        Optional<String> head = scripts.graph().singleHead();
        Replayer.Replay replay = Replayer.replay(scripts);
        notes.addAll(replay.notes());
        MigrationPlan plan = new SchemaDiffer(Project.diffOptions(dialect)).diff(project.entities(dialect), replay.model());
        if (plan.isEmpty()) {
            return new Results.Generated(Optional.empty(), Optional.empty(), List.of(), notes);
        }
        Results.Generated written = write(message, head, plan);
        return new Results.Generated(written.file(), written.revision(), written.changes(), notes);
    }
    /** An empty migration for hand-written changes, or {@link #autogenerate} when asked. */
    Results.Generated revision(String message, boolean autogenerate) {
        if (autogenerate) {
            return autogenerate(message);
        }
        ScriptDirectory scripts = project.scripts();
        return write(message, scripts.graph().singleHead(), new MigrationPlan(List.of()));
    }
    private Results.Generated write(String message, Optional<String> head, MigrationPlan plan) {
        if (message == null || message.isBlank()) {
            throw new RetortException(ErrorCode.USAGE, "A migration needs a message; pass -m \"what it does\"");
        }
        Path dir = project.config().migrationsDir();
        if (!Files.isDirectory(dir)) {
            throw new RetortException(ErrorCode.CONFIG, "Migrations directory " + dir + " does not exist;"
                    + " create it with `retort init`");
        }
        LocalDateTime created = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
        String id = revisionIds.get();
        MigrationHeader header = new MigrationHeader(id, head.map(List::of).orElse(List.of()), created, message.strip(), List.of());
        MigrationRenderer renderer = new MigrationRenderer();
        RenderedMigration rendered = renderer.render(header, plan);
        Path file = dir.resolve(rendered.fileName());
        try {
            Files.writeString(file, rendered.source(), StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new RetortException(ErrorCode.CONFIG, "Migration file " + file + " already exists; wait a second"
                    + " or use a different message");
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot write " + file + ": " + e.getMessage());
        }
        return new Results.Generated(Optional.of(file), Optional.of(id), renderer.summaryLines(plan));
    }
    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(", ", heads);
    }
}
