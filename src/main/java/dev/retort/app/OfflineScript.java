package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Operations;
import dev.retort.model.SchemaModel;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.model.NameMatching;
import dev.retort.ops.OpSpelling;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import dev.retort.revision.Step;
import dev.retort.runtime.MigrationRunner;
import dev.retort.runtime.ScriptSink;
import dev.retort.runtime.VersionTable;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code upgrade ... --sql} and {@code downgrade ... --sql}: the SQL script for a range of revisions, written
 * without a database. The schema at the start of the range, which SQLite's table rebuilds need, comes from
 * replaying the upgrade bodies of every earlier revision on an empty model.
 */
final class OfflineScript {
    private final Project project;

    OfflineScript(Project project) {
        this.project = project;
    }

    /**
     * The script.
     *
     * @param range {@code TARGET} or {@code START:TARGET}; offline the database is assumed at {@code START}
     *     (base when omitted, for upgrades; a downgrade needs an explicit start)
     */
    String script(String range, boolean up) {
        SqlDialect dialect = project.dialect();
        ScriptDirectory scripts = project.scripts();
        RevisionGraph graph = scripts.graph();
        int colon = range.indexOf(':');
        String start = colon >= 0 ? range.substring(0, colon) : null;
        String target = colon >= 0 ? range.substring(colon + 1) : range;
        if (!up && start == null) {
            throw new RetortException(ErrorCode.USAGE, "An offline downgrade needs to know where the database is:"
                    + " give the range as START:TARGET, e.g. `retort downgrade head:base --sql`");
        }
        List<String> current = start == null || start.equals("base") ? List.of()
                : graph.resolveUpgradeTarget(start, List.of());
        List<String> targets = up ? graph.resolveUpgradeTarget(target, current) : graph.resolveDowngradeTarget(target, current);
        List<Step> steps = up ? graph.upgradeSteps(current, targets) : graph.downgradeSteps(current, targets);

        StringBuilder out = new StringBuilder();
        ScriptSink sink = new ScriptSink(out);
        sink.comment("Retort migration script for " + dialect.name() + ": " + (up ? "upgrade " : "downgrade ")
                + (start == null ? "" : start + ":") + target);
        List<String> notes = new ArrayList<>();
        SchemaModel model = replay(scripts, graph.ancestry(current), notes);
        notes.forEach(note -> sink.comment("note: " + note));
        VersionTable versions = project.versionTable(dialect);
        // offline, raw SQL is taken to leave the schema as the ops made it
        MigrationRunner.offline(dialect, versions, sink).run(scripts, steps, model, before -> before, Step::headsBefore,
                line -> { });
        return out.toString();
    }

    /**
     * The schema the given revisions produce, replayed in graph order. Raw SQL cannot be replayed: it is
     * skipped, and a note says which revision ran it.
     */
    static SchemaModel replay(ScriptDirectory scripts, Set<String> revisions, List<String> notes) {
        SchemaModel model = SchemaModel.EMPTY;
        for (RevisionNode node : scripts.graph().topological()) {
            if (!revisions.contains(node.id())) {
                continue;
            }
            Operations op = scripts.require(node.id()).record(true);
            for (MigrationOp o : op.recorded()) {
                if (o instanceof ExecuteSql) {
                    notes.add("revision " + node.id() + " runs raw SQL (op.execute) that cannot be replayed;"
                            + " the schema assumed below leaves it out");
                    continue;
                }
                try {
                    model = Replayer.replayOne(model, OpSpelling.inModelSpelling(o, model, NameMatching.IGNORES_CASE),
                            node.id(), notes);
                } catch (dev.retort.error.RetortException e) {
                    // before the range: the script starts from a database that ran it, whatever it did
                    notes.add("revision " + node.id() + " changes what the earlier migrations do not have ("
                            + e.getMessage() + "); the schema assumed below leaves that change out");
                }
            }
        }
        return model;
    }
}
