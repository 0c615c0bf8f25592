package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.ScriptDirectory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code current}, {@code history}, {@code heads}, {@code branches} and {@code show}: read the revision graph,
 * and the version table only when the answer involves the database.
 */
final class HistoryReader {
    private final Project project;

    HistoryReader(Project project) {
        this.project = project;
    }

    /**
     * The revisions the database is at; with {@code checksums}, also the applied revisions edited since they were
     * applied (which runs every applied migration's upgrade against a recorder, so plain {@code current} skips it).
     */
    Results.Current current(boolean checksums) {
        ScriptDirectory scripts = project.scripts();
        Applied applied = applied(scripts, checksums);
        return new Results.Current(applied.heads().stream().map(id -> info(scripts, id, true, applied.checksums().state(id))).toList(),
                applied.checksums().edited().stream().map(id -> info(scripts, id, applied.heads().contains(id),
                        Results.Checksum.EDITED)).toList());
    }

    /**
     * The revisions of {@code range} (all when null), newest first. The database is read when the range names
     * {@code current} or {@code indicateCurrent} asks to mark the revisions it is at.
     */
    List<Results.RevisionInfo> history(String range, boolean indicateCurrent) {
        ScriptDirectory scripts = project.scripts();
        Applied applied = indicateCurrent || RevisionGraph.historyNeedsCurrent(range) ? applied(scripts, true) : null;
        List<String> current = applied == null ? null : applied.heads();
        return scripts.graph().history(range, current).stream()
                .map(id -> info(scripts, id, current != null && current.contains(id),
                        applied == null ? Results.Checksum.NOT_READ : applied.checksums().state(id))).toList();
    }

    List<Results.RevisionInfo> heads() {
        ScriptDirectory scripts = project.scripts();
        return scripts.graph().heads().stream().map(id -> info(scripts, id, false)).toList();
    }

    /** Every branch point, newest first, with the revisions that revise it. */
    List<Results.Branch> branches() {
        ScriptDirectory scripts = project.scripts();
        RevisionGraph graph = scripts.graph();
        return graph.history(null, null).stream().filter(id -> graph.childrenOf(id).size() > 1)
                .map(id -> new Results.Branch(info(scripts, id, false),
                        graph.childrenOf(id).stream().map(c -> info(scripts, c, false)).toList()))
                .toList();
    }

    /**
     * What revision {@code id}'s upgrade does, one line per operation as {@code autogenerate} lists them
     * ({@code + table users}, {@code - column users.pw (data loss)}), recorded without a database.
     */
    List<String> changes(String id) {
        List<dev.retort.ops.MigrationOp> ops = project.scripts().require(id).record(true).recorded();
        return new dev.retort.render.MigrationRenderer().summaryLines(new dev.retort.ops.MigrationPlan(ops));
    }

    /** The revision(s) {@code spec} names: an id, a prefix, a label, head, heads, LABEL@head, REV-N. */
    List<Results.RevisionInfo> show(String spec) {
        ScriptDirectory scripts = project.scripts();
        List<String> ids = scripts.graph().resolve(spec);
        if (ids.isEmpty()) {
            throw new RetortException(ErrorCode.REVISION, "'" + spec + "' names no revision (it is the state"
                    + " before the first migration); show a revision id, a prefix, head or heads instead");
        }
        return ids.stream().map(id -> info(scripts, id, false)).toList();
    }

    /**
     * The schema after {@code spec}'s revision(s) and everything before them, replayed without a database (raw SQL
     * left out, which a note in {@code notes} says).
     */
    dev.retort.model.SchemaModel schemaAt(String spec, List<String> notes) {
        ScriptDirectory scripts = project.scripts();
        List<String> ids = scripts.graph().resolve(spec);
        return OfflineScript.replay(scripts, scripts.graph().ancestry(ids), notes);
    }

    /** The database's heads and what the checksums recorded when its migrations were applied say now. */
    private record Applied(List<String> heads, AppliedChecksums checksums) {
    }

    private Applied applied(ScriptDirectory scripts, boolean withChecksums) {
        java.util.Optional<java.nio.file.Path> missing = project.missingSqliteFile();
        if (missing.isPresent()) {
            // reading where a database is creates nothing: a missing SQLite file is at no revision
            project.notice("The SQLite database " + missing.get() + " does not exist yet, so it is at no revision;"
                    + " `retort upgrade head` creates it (or check the URL)");
            return new Applied(List.of(), AppliedChecksums.notRead(scripts, project));
        }
        SqlDialect dialect = project.dialect();
        List<String> heads;
        AppliedChecksums checksums;
        try (Connection connection = project.connect(dialect)) {
            heads = project.versionTable(dialect).heads(connection);
            requireKnown(scripts, heads);
            checksums = withChecksums ? AppliedChecksums.read(connection, dialect, project, scripts, heads)
                    : AppliedChecksums.notRead(scripts, project);
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
        return new Applied(heads, checksums);
    }

    private void requireKnown(ScriptDirectory scripts, List<String> heads) {
        for (String id : heads) {
            if (scripts.script(id).isEmpty()) {
                throw new RetortException(ErrorCode.REVISION, "The database is at revision " + id + ", which no"
                        + " migration file in " + project.config().migrationsDir() + " has; restore that migration,"
                        + " or record the right revision with `retort stamp REV`");
            }
        }
    }

    /** One revision; its path relative to the project directory when it lies inside it, as users typed it. */
    private Results.RevisionInfo info(ScriptDirectory scripts, String id, boolean isCurrent) {
        return info(scripts, id, isCurrent, Results.Checksum.NOT_READ);
    }

    private Results.RevisionInfo info(ScriptDirectory scripts, String id, boolean isCurrent, Results.Checksum checksum) {
        return project.revisionInfo(scripts, id, isCurrent, checksum);
    }
}
