package dev.retort.app;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.SqlDialect;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiffer;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
import dev.retort.scan.Scanned;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code check}: the same comparison as {@code autogenerate}, reported instead of written. Online it reads the
 * database, whatever revision it is at (a database behind head is reported in a note, and the differences are
 * those of its live schema); offline it compares with the schema the migrations produce ({@link Replayer}).
 */
final class Checker {
    private final Project project;

    Checker(Project project) {
        this.project = project;
    }

    Results.Checked check() {
        SqlDialect dialect = project.dialect();
        // Comparing entities with a database needs no migrations; without them there is no head to compare with.
        Path migrations = project.config().migrationsDir();
        ScriptDirectory scripts = Files.isDirectory(migrations) ? project.scripts() : null;
        Scanned scanned = project.scan(dialect);
        SchemaModel target = scanned.model();
        refuseMissingSqliteFile();
        List<String> current;
        SchemaModel live;
        List<Results.RevisionInfo> edited = new ArrayList<>();
        try (Connection connection = project.connect(dialect)) {
            current = project.versionTable(dialect).heads(connection);
            SchemaModel read = project.timings.time("introspection", () -> Project.reader(dialect,
                    Project.schemasOf(target, scripts)).read(connection, project::isManaged));
            live = Project.withEnumTypesOfHistory(read, dialect, scripts, current);
            if (scripts != null) {
                for (String id : AppliedChecksums.read(connection, dialect, project, scripts, current).edited()) {
                    edited.add(project.revisionInfo(scripts, id, current.contains(id), Results.Checksum.EDITED));
                }
            }
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
        List<String> notes = new ArrayList<>();
        List<String> heads = List.of();
        if (scripts == null) {
            notes.add("there is no migrations directory " + migrations + ", so whether the database is at head is not known");
        } else {
            heads = scripts.graph().heads();
            headNote(scripts.graph(), current).ifPresent(notes::add);
        }
        DiffOptions options = Project.diffOptions(dialect);
        SchemaModel liveSchema = live;
        List<Difference> differences = project.timings.time("diff", () -> DriftDescriber.againstDatabase(
                new SchemaDiffer(options).diff(target, liveSchema), options));
        List<String> unmigrated = List.of();
        if (scripts != null && !differences.isEmpty() && !current.isEmpty()
                && new java.util.TreeSet<>(current).equals(new java.util.TreeSet<>(heads))) {
            unmigrated = unmigratedTables(scripts, live);
            if (!unmigrated.isEmpty()) {
                notes.add("the database is recorded at head (" + describe(current) + "), but none of the "
                        + unmigrated.size() + " tables its migrations create " + (unmigrated.size() == 1 ? "is" : "are")
                        + " there (" + String.join(", ", unmigrated.subList(0, Math.min(5, unmigrated.size())))
                        + (unmigrated.size() > 5 ? ", …" : "") + "): its version table does not tell what it holds,"
                        + " as after `retort stamp head` on a database the migrations never ran on");
            }
        }
        return new Results.Checked(false, dialect.name(), heads, Optional.of(current), differences, notes,
                scanned.describeHibernate(), edited, unmigrated);
    }

    /**
     * The tables the migrations create (replayed, no database) when {@code live} has none of them; empty when it has
     * some, or that is unknown.
     */
    private static List<String> unmigratedTables(ScriptDirectory scripts, SchemaModel live) {
        Replayer.Replay replay;
        try {
            replay = Replayer.replay(scripts);
        } catch (RuntimeException e) {
            return List.of(); // a history that cannot be replayed says nothing about the stamp
        }
        java.util.Set<String> there = new java.util.HashSet<>();
        live.tableNames().forEach(t -> there.add(t.toLowerCase(java.util.Locale.ROOT)));
        List<String> missing = replay.model().tableNames().stream()
                .filter(t -> !there.contains(t.toLowerCase(java.util.Locale.ROOT))).sorted().toList();
        // none of them there: the stamp, not the schema, is wrong (one table dropped by hand is ordinary drift)
        return missing.size() == replay.model().tableNames().size() ? missing : List.of();
    }

    Results.Checked checkOffline() {
        List<String> notes = new ArrayList<>();
        SqlDialect dialect = offlineDialect(project, notes);
        ScriptDirectory scripts = project.scripts();
        Replayer.Replay replay = project.timings.time("replay", () -> Replayer.replay(scripts));
        notes.addAll(replay.notes());
        if (replay.heads().size() > 1) {
            notes.add("the migrations have " + replay.heads().size() + " heads (" + String.join(", ", replay.heads())
                    + "); the offline schema is that of `retort upgrade heads`");
        }
        Scanned scanned = project.scan(dialect);
        SchemaModel target = scanned.model();
        DiffOptions options = Project.diffOptions(dialect);
        return new Results.Checked(true, dialect.name(), replay.heads(), Optional.empty(),
                project.timings.time("diff", () -> DriftDescriber.againstMigrations(new SchemaDiffer(options)
                        .diff(target, replay.model()), options)), notes,
                scanned.describeHibernate());
    }

    /**
     * The dialect whose rules an offline command follows: the one the configured URL names (nothing connects to
     * it), or SQLite's when no URL is configured, which {@code notes} then says.
     */
    static SqlDialect offlineDialect(Project project, List<String> notes) {
        if (project.config().url().isPresent()) {
            return project.dialect();
        }
        notes.add("no database URL is configured, so the entities are read with SQLite's rules; name your database"
                + " with --url or DATABASE_URL (e.g. jdbc:postgresql://localhost/app; nothing connects to it offline)");
        return Dialects.forName("sqlite");
    }

    /** Whether the database is at the migrations' heads, and if not what that means for the differences. */
    private Optional<String> headNote(RevisionGraph graph, List<String> current) {
        List<String> unknown = current.stream().filter(id -> !graph.contains(id)).toList();
        if (!unknown.isEmpty()) {
            return Optional.of("the database is at revision " + String.join(", ", unknown) + ", which no migration file in "
                    + project.config().migrationsDir() + " has; the differences below are relative to the live schema");
        }
        List<String> heads = graph.heads();
        if (current.stream().sorted().toList().equals(heads.stream().sorted().toList())) {
            return Optional.empty();
        }
        if (heads.size() > 1) {
            return Optional.of("the migrations have " + heads.size() + " heads (" + describe(heads) + ") and the database"
                    + " is at " + describe(current) + "; the differences below are relative to the live schema. Join"
                    + " the heads with `retort merge heads -m \"merge\"`, then `retort upgrade head` applies them all");
        }
        return Optional.of("the database is not at head: it is at " + describe(current) + ", the migrations' head is "
                + describe(heads) + "; the differences below are relative to the live schema, and `retort upgrade head`"
                + " applies the pending migrations");
    }

    private static String describe(List<String> revisions) {
        return revisions.isEmpty() ? "<base>" : String.join(", ", revisions);
    }

    /**
     * Opening a missing SQLite file would create it, and {@code check} writes nothing; a missing file is more
     * likely a wrong path than an empty database.
     */
    private void refuseMissingSqliteFile() {
        Optional<Path> file = project.missingSqliteFile();
        if (file.isPresent()) {
            throw new RetortException(ErrorCode.CONFIG, "The SQLite database " + file.get() + " does not exist; check"
                    + " the URL (--url, DATABASE_URL or `url`), create it with `retort upgrade head`, or compare with"
                    + " the migrations instead with `retort check --offline`");
        }
    }
}
