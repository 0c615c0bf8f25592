package dev.retort.app;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.HistoryReplay;
import dev.retort.script.ScriptDirectory;
import java.util.List;
import java.util.Objects;

/**
 * The schema the migrations produce, computed without a database: every revision's {@code upgrade()} ops are
 * folded onto an empty model ({@link HistoryReplay}), parents before children. With several heads every branch
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

    /**
     * {@code check --offline}'s answers: raw SQL is skipped and said; an op that cannot be replayed fails with an
     * error naming its revision, and the skipped raw SQL it may rely on.
     */
    private static final HistoryReplay.Policy CHECK = new HistoryReplay.Policy(
            revision -> "revision " + revision + " runs raw SQL (op.execute) that cannot be replayed;"
                    + " its effect is not in the offline schema",
            (script, e, skipped) -> {
                if (!(e instanceof RetortException) && !(e instanceof IllegalArgumentException)) {
                    throw e;
                }
                throw new RetortException(ErrorCode.REVISION, "Cannot replay revision " + script.id() + " ("
                        + script.source().getFileName() + ") without a database: " + e.getMessage()
                        + (skipped.isEmpty() ? "" : "; the raw SQL of revision " + String.join(", ", skipped)
                                + " was skipped and may be what this migration relies on, so run this check"
                                + " against a database instead (without --offline)"), e);
            });

    /** Replays every migration in {@code scripts}. */
    public static Replay replay(ScriptDirectory scripts) {
        HistoryReplay.Replayed replayed = HistoryReplay.replay(scripts, id -> true, CHECK);
        return new Replay(replayed.model(), scripts.graph().heads(), replayed.notes());
    }
}
