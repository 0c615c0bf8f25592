package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.diff.RenameDecider;
import dev.retort.diff.SchemaDiffer;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
import dev.retort.scan.Scanned;
import dev.retort.ops.MigrationPlan;
import dev.retort.render.MigrationHeader;
import dev.retort.render.MigrationRenderer;
import dev.retort.render.RenderedMigration;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
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
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code autogenerate}, {@code revision} and {@code merge}: diff entities against the database and write a migration
 * class, placed in the revision graph after the single head, a chosen parent, or the heads a merge joins.
 */
final class Generator {
    private final Project project;
    private final Clock clock;
    private final Supplier<String> revisionIds;
    private final RenameDecider renames;

    Generator(Project project, Clock clock, Supplier<String> revisionIds) {
        this(project, clock, revisionIds, project.configuredRenames());
    }

    private Generator(Project project, Clock clock, Supplier<String> revisionIds, RenameDecider renames) {
        this.project = project;
        this.clock = clock;
        this.revisionIds = revisionIds;
        this.renames = renames;
    }

    /** This generator with {@code decider} deciding each rename candidate, whatever the configuration says. */
    Generator withRenames(RenameDecider decider) {
        return new Generator(project, clock, revisionIds, Objects.requireNonNull(decider, "decider"));
    }

    /** This generator giving the next revision the id {@code id} ({@code --rev-id}). */
    Generator withRevisionId(String id) {
        return new Generator(project, clock, () -> id, renames);
    }

    /** Diffs the entities against the database and writes a migration, or reports no change. */
    Results.Generated autogenerate(String message) {
        return autogenerate(message, RevisionOptions.DEFAULT);
    }

    /**
     * Diffs the entities against the database, which must be at exactly the revision(s) the new migration
     * revises, and writes a migration, or reports no change.
     */
    Results.Generated autogenerate(String message, RevisionOptions options) {
        SqlDialect dialect = project.dialect();
        ScriptDirectory scripts = project.scripts();
        List<String> parents = parents(scripts, options);
        Scanned scanned = project.scan(dialect);
        SchemaModel target = scanned.model();
        SchemaModel live;
        try (Connection connection = project.connect(dialect)) {
            List<String> current = project.versionTable(dialect).heads(connection);
            if (!new java.util.TreeSet<>(current).equals(new java.util.TreeSet<>(parents))) {
                throw new RetortException(ErrorCode.NOT_UP_TO_DATE, "Target database is not up to date: it is at "
                        + describe(current) + " but the new migration would revise " + describe(parents) + ". "
                        + upToDateFix(scripts, current, parents, options));
            }
            SchemaModel read = project.timings.time("introspection", () -> project.reader(dialect,
                    project.schemasOf(target, scripts)).read(connection, project::isManaged));
            live = Project.withEnumTypesOfHistory(read, dialect, scripts, current);
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
        MigrationPlan plan = project.timings.time("diff",
                () -> new SchemaDiffer(project.generateOptions(dialect, renames)).diff(target, live));
        if (plan.isEmpty()) {
            return new Results.Generated(Optional.empty(), Optional.empty(), List.of())
                    .withHibernate(scanned.describeHibernate());
        }
        return write(message, parents, options.branchLabels(), scripts, plan, Optional.of(scanned.hibernateVersion()))
                .withHibernate(scanned.describeHibernate());
    }

    /**
     * {@code autogenerate --offline}: diffs the entities against the schema the migrations produce, replayed
     * without a database ({@link Replayer}), and writes a migration revising the single head.
     */
    Results.Generated autogenerateOffline(String message) {
        List<String> notes = new ArrayList<>();
        SqlDialect dialect = Checker.offlineDialect(project, notes);
        ScriptDirectory scripts = project.scripts();
        List<String> parents = scripts.graph().singleHead().map(List::of).orElse(List.of());
        Replayer.Replay replay = project.timings.time("replay", () -> Replayer.replay(scripts));
        notes.addAll(replay.notes());
        Scanned scanned = project.scan(dialect);
        MigrationPlan plan = project.timings.time("diff", () -> new SchemaDiffer(project.generateOptions(dialect, renames))
                .diff(scanned.model(), replay.model()));
        if (plan.isEmpty()) {
            return new Results.Generated(Optional.empty(), Optional.empty(), List.of()).withNotes(notes)
                    .withHibernate(scanned.describeHibernate());
        }
        return write(message, parents, List.of(), scripts, plan, Optional.of(scanned.hibernateVersion()))
                .withNotes(notes).withHibernate(scanned.describeHibernate());
    }
    /** An empty migration for hand-written changes, or {@link #autogenerate} when asked. */
    Results.Generated revision(String message, boolean autogenerate, RevisionOptions options) {
        if (autogenerate) {
            return autogenerate(message, options);
        }
        ScriptDirectory scripts = project.scripts();
        return write(message, parents(scripts, options), options.branchLabels(), scripts, new MigrationPlan(List.of()),
                Optional.empty());
    }

    /** An empty revision whose parents are the heads {@code revisions} name. */
    Results.Generated merge(List<String> revisions, String message, List<String> branchLabels) {
        ScriptDirectory scripts = project.scripts();
        List<String> parents = scripts.graph().parentsForMerge(revisions);
        return write(message, parents, branchLabels, scripts, new MigrationPlan(List.of()), Optional.empty());
    }

    /** The new revision's parents, after checking that its labels fit the graph (before any database work). */
    private List<String> parents(ScriptDirectory scripts, RevisionOptions options) {
        if (options.splice() && options.head().isEmpty()) {
            throw new RetortException(ErrorCode.USAGE, "--splice starts a branch from the revision --head names;"
                    + " pass --head REV with it");
        }
        List<String> parents = scripts.graph().parentsForNewRevision(options.head().orElse(null), options.splice());
        withNewRevision(scripts, "000000000000", parents, options.branchLabels());
        return parents;
    }

    /** The graph with the new revision added, which checks its labels against every other revision's. */
    private static RevisionGraph withNewRevision(ScriptDirectory scripts, String id, List<String> parents,
                                                 List<String> labels) {
        List<RevisionNode> nodes = new ArrayList<>(scripts.graph().topological());
        nodes.add(new RevisionNode(id, parents, labels));
        return RevisionGraph.of(nodes, r -> r.equals(id) ? "the new revision"
                : scripts.script(r).map(s -> r + " (" + s.source().getFileName() + ")").orElse(r));
    }

    /** @param readWith the Hibernate release that read the entities the plan was derived from, if it was */
    private Results.Generated write(String message, List<String> parents, List<String> labels, ScriptDirectory scripts,
                                    MigrationPlan plan, Optional<String> readWith) {
        if (message == null || message.isBlank()) {
            throw new RetortException(ErrorCode.USAGE, "A migration needs a message; pass -m \"what it does\"");
        }
        Path dir = project.config().migrationsDir();
        if (!Files.exists(dir) && project.config().migrationsDirIsPackageFolder()) {
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new RetortException(ErrorCode.CONFIG, "Cannot create the migrations directory " + dir + ": "
                        + e.getMessage() + "; create it yourself, or make its parent writable", e);
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new RetortException(ErrorCode.CONFIG, "Migrations directory " + dir + " does not exist;"
                    + " create it with `retort init`");
        }
        LocalDateTime created = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
        String id = revisionIds.get();
        if (scripts.graph().contains(id)) {
            throw new RetortException(ErrorCode.REVISION, "The new revision id " + id + " is already used by "
                    + scripts.require(id).source().getFileName() + "; run the command again for a fresh id");
        }
        withNewRevision(scripts, id, parents, labels);
        MigrationHeader header = new MigrationHeader(id, parents, created, message.strip(), labels);
        if (readWith.isPresent()) {
            header = header.readWith(readWith.get());
        }
        MigrationRenderer renderer = new MigrationRenderer(project.config().migrationsPackage()
                .orElseGet(scripts::packageName));
        MigrationHeader rendering = header;
        RenderedMigration rendered = project.timings.time("render", () -> renderer.render(rendering, plan));
        Path file = dir.resolve(rendered.fileName());
        try {
            Files.writeString(file, rendered.source(), StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new RetortException(ErrorCode.CONFIG, "Migration file " + file + " already exists; wait a second"
                    + " or use a different message");
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot write " + file + ": " + e.getMessage());
        }
        return new Results.Generated(Optional.of(file), Optional.of(id), renderer.summaryLines(plan), parents, List.of(),
                Optional.empty());
    }

    /** How to bring the database to the new migration's parents: forward when it is behind, back otherwise. */
    private static String upToDateFix(ScriptDirectory scripts, List<String> current, List<String> parents,
                                      RevisionOptions options) {
        for (String id : current) {
            if (!scripts.graph().contains(id)) {
                return "The database is at revision " + id + ", which no migration file in " + scripts.dir()
                        + " has; restore that migration, or record the right revision with `retort stamp REV`";
            }
        }
        if (!parents.isEmpty() && scripts.graph().ancestry(parents).containsAll(current)) {
            return "Run `retort upgrade " + (options.head().isEmpty() ? "head" : parents.size() == 1 ? parents.get(0)
                    : "heads") + "` first, then autogenerate again";
        }
        return "Autogenerate compares the entities with a database at exactly those revisions: downgrade it with"
                + " `retort downgrade " + (parents.isEmpty() ? "base" : String.join(" ", parents)) + "`, or pick the"
                + " revisions the database is at with --head (or join them with `retort merge heads -m MSG`)";
    }

    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(", ", heads);
    }
}
