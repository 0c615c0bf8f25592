package dev.retort.app;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Operations;
import dev.retort.model.SchemaModel;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.model.NameMatching;
import dev.retort.ops.ModelFolder;
import dev.retort.ops.OpSpelling;
import dev.retort.revision.RevisionNode;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The schema the migrations produce, computed without a database: every revision's {@code upgrade()} ops are
 * folded onto an empty model ({@link ModelFolder}), parents before children. With several heads every branch
 * is replayed, as {@code upgrade heads} would.
 *
 * <p>Raw SQL ({@code op.execute(...)}) cannot be replayed. It is skipped, and the replay says so in a note
 * instead of guessing its effect; data ops ({@code op.bulkInsert}) leave the schema as it is.
 */
public final class Replayer {
    private Replayer() {
    }

    /**
     * A replayed schema.
     *
     * @param model the schema after every revision's upgrade
     * @param heads the revisions replayed last (the graph's heads); empty when there are no migrations
     * @param notes what the model may miss, one sentence each (raw SQL that was skipped)
     */
    public record Replay(SchemaModel model, List<String> heads, List<String> notes) {
        public Replay {
            Objects.requireNonNull(model, "model");
            heads = List.copyOf(heads);
            notes = List.copyOf(notes);
        }
    }

    /** Replays every migration in {@code scripts}. */
    public static Replay replay(ScriptDirectory scripts) {
        SchemaModel model = SchemaModel.EMPTY;
        List<String> notes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (RevisionNode node : scripts.graph().topological()) {
            MigrationScript script = scripts.require(node.id());
            boolean rawSql = false;
            for (MigrationOp op : record(script)) {
                if (op instanceof ExecuteSql) {
                    rawSql = true;
                    continue;
                }
                try {
                    // a migration set may spell one name two ways over time (X_PORTAL_USER, x_portal_user)
                    model = replayOne(model, OpSpelling.inModelSpelling(op, model, NameMatching.IGNORES_CASE),
                            script.id(), notes);
                } catch (RetortException | IllegalArgumentException e) {
                    throw new RetortException(ErrorCode.REVISION, "Cannot replay revision " + script.id() + " ("
                            + script.source().getFileName() + ") without a database: " + e.getMessage()
                            + (skipped.isEmpty() ? "" : "; the raw SQL of revision " + String.join(", ", skipped)
                                    + " was skipped and may be what this migration relies on, so run this check"
                                    + " against a database instead (without --offline)"), e);
                }
            }
            if (rawSql) {
                skipped.add(script.id());
                notes.add("revision " + script.id() + " runs raw SQL (op.execute) that cannot be replayed;"
                        + " its effect is not in the offline schema");
            }
        }
        return new Replay(model, scripts.graph().heads(), notes);
    }

    /**
     * {@code op} folded onto {@code model}; when it removes what no earlier migration created (a re-sync of a drifted
     * database), onto the model with that put back, and a note says so.
     */
    static SchemaModel replayOne(SchemaModel model, MigrationOp op, String revision, List<String> notes) {
        try {
            return ModelFolder.apply(model, op);
        } catch (RetortException e) {
            java.util.Optional<SchemaModel> withIt = ModelFolder.withWhatItRemoves(model, op);
            if (withIt.isEmpty()) {
                throw e;
            }
            notes.add(dev.retort.runtime.MigrationRunner.assumption(revision, e));
            return ModelFolder.apply(withIt.get(), op);
        }
    }

    private static List<MigrationOp> record(MigrationScript script) {
        return script.record(true).recorded();
    }
}
