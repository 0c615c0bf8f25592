package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Step;
import dev.retort.runtime.HistoryReplay;
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
     * The answers for the revisions before a range, which the database the script runs on has run, whatever they did:
     * raw SQL is skipped and said, and so is an op that cannot be replayed.
     */
    private static final HistoryReplay.Policy BEFORE_RANGE = new HistoryReplay.Policy(
            revision -> "revision " + revision + " runs raw SQL (op.execute) that cannot be replayed;"
                    + " the schema assumed below leaves it out",
            (script, e, skipped) -> {
                if (!(e instanceof RetortException)) {
                    throw e;
                }
                return "revision " + script.id() + " changes what the earlier migrations do not have ("
                        + e.getMessage() + "); the schema assumed below leaves that change out";
            });

    /**
     * The schema the given revisions produce, replayed in graph order. Raw SQL cannot be replayed: it is
     * skipped, and a note says which revision ran it; so is a change the earlier migrations give no ground for.
     */
    static SchemaModel replay(ScriptDirectory scripts, Set<String> revisions, List<String> notes) {
        HistoryReplay.Replayed replayed = HistoryReplay.replay(scripts, revisions::contains, BEFORE_RANGE);
        notes.addAll(replayed.notes());
        return replayed.model();
    }
}
