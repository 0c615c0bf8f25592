package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Path;
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

    Results.Current current() {
        ScriptDirectory scripts = project.scripts();
        List<String> heads = databaseHeads(scripts);
        return new Results.Current(heads.stream().map(id -> info(scripts, id, true)).toList());
    }

    /**
     * The revisions of {@code range} (all when null), newest first. The database is read when the range names
     * {@code current} or {@code indicateCurrent} asks to mark the revisions it is at.
     */
    List<Results.RevisionInfo> history(String range, boolean indicateCurrent) {
        ScriptDirectory scripts = project.scripts();
        List<String> current = indicateCurrent || RevisionGraph.historyNeedsCurrent(range) ? databaseHeads(scripts) : null;
        return scripts.graph().history(range, current).stream()
                .map(id -> info(scripts, id, current != null && current.contains(id))).toList();
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

    private List<String> databaseHeads(ScriptDirectory scripts) {
        SqlDialect dialect = project.dialect();
        List<String> heads;
        try (Connection connection = project.connect(dialect)) {
            heads = project.versionTable(dialect).heads(connection);
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
        for (String id : heads) {
            if (scripts.script(id).isEmpty()) {
                throw new RetortException(ErrorCode.REVISION, "The database is at revision " + id + ", which no"
                        + " migration file in " + project.config().migrationsDir() + " has; restore that migration,"
                        + " or record the right revision with `retort stamp REV`");
            }
        }
        return heads;
    }

    /** One revision; its path relative to the project directory when it lies inside it, as users typed it. */
    private Results.RevisionInfo info(ScriptDirectory scripts, String id, boolean isCurrent) {
        MigrationScript s = scripts.require(id);
        Path project = this.project.config().projectDir().toAbsolutePath().normalize();
        Path source = s.source().toAbsolutePath().normalize();
        return new Results.RevisionInfo(id, s.node().parents(), scripts.graph().childrenOf(id), s.node().branchLabels(),
                s.message(), s.created(), source.startsWith(project) ? project.relativize(source) : source, isCurrent);
    }
}
