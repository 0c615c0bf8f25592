package dev.retort.runtime;

import dev.retort.error.RetortException;
import dev.retort.model.NameMatching;
import dev.retort.model.SchemaModel;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.ModelFolder;
import dev.retort.ops.OpSpelling;
import dev.retort.revision.RevisionNode;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The migrations' recorded ops folded onto a model, without a database: the one path for the schema the migrations
 * produce ({@code check --offline}), the schema an offline script's range starts from, the schemas the migrations
 * name, and, op by op ({@link #fold}), the schema the runner tracks. Revisions are walked in graph order, parents
 * before children, each recorded once; each op is spelled as the model so far spells its names and folded
 * ({@link ModelFolder}). Where a caller differs (raw SQL, an op that cannot be folded) a {@link Policy} says what to do.
 */
public final class HistoryReplay {
    /**
     * How a replay spells an op's names: a migration set may spell one name two ways over time
     * ({@code X_PORTAL_USER}, {@code x_portal_user}), and no database is there to say which it folds.
     */
    private static final NameMatching SPELLING = NameMatching.IGNORES_CASE;

    private HistoryReplay() {
    }

    /**
     * What a replay does where the migrations' ops cannot be folded; each answer is a note of the replay.
     *
     * @param rawSql the note that a revision (by id) runs raw SQL ({@code op.execute}), which is skipped: what it
     *     does to the schema is not known. Asked once per revision, after its other ops.
     * @param cannotFold the note that an op was left out because it cannot be folded, even with what it removes
     *     assumed; or throws to stop the replay
     */
    public record Policy(UnaryOperator<String> rawSql, CannotFold cannotFold) {
        public Policy {
            Objects.requireNonNull(rawSql, "rawSql");
            Objects.requireNonNull(cannotFold, "cannotFold");
        }
    }

    /** What a replay does with an op it cannot fold. */
    @FunctionalInterface
    public interface CannotFold {
        /**
         * The note that an op of {@code script} was left out, {@code failure} saying why; or throws.
         *
         * @param skippedRawSql the earlier revisions whose raw SQL was skipped, which the op may have relied on
         */
        String note(MigrationScript script, RuntimeException failure, List<String> skippedRawSql);
    }

    /**
     * A replayed schema.
     *
     * @param model the schema after the replayed revisions
     * @param notes what the model may miss or assumes, one sentence each, in the order they arose
     */
    public record Replayed(SchemaModel model, List<String> notes) {
        public Replayed {
            Objects.requireNonNull(model, "model");
            notes = List.copyOf(notes);
        }
    }

    /**
     * An op folded onto a schema.
     *
     * @param before the schema the op applied to: the one given, or it with what the op removes put back
     * @param after the schema afterwards
     */
    public record Folded(SchemaModel before, SchemaModel after) {
    }

    /** The upgrades of the revisions {@code revisions} accepts (by id) folded onto an empty model, in graph order. */
    public static Replayed replay(ScriptDirectory scripts, Predicate<String> revisions, Policy policy) {
        Replaying replaying = new Replaying(policy);
        forEachUpgrade(scripts, revisions, false, replaying::revision);
        return new Replayed(replaying.model, replaying.notes);
    }

    /**
     * Each revision {@code revisions} accepts, in graph order, with the ops its upgrade records.
     *
     * @param skipBodiesThatThrow whether a revision whose upgrade body throws is left out; else the body's error
     *     (which names the migration) ends the walk
     */
    public static void forEachUpgrade(ScriptDirectory scripts, Predicate<String> revisions, boolean skipBodiesThatThrow,
                                      BiConsumer<MigrationScript, List<MigrationOp>> each) {
        for (RevisionNode node : scripts.graph().topological()) {
            if (!revisions.test(node.id())) {
                continue;
            }
            MigrationScript script = scripts.require(node.id());
            List<MigrationOp> ops;
            try {
                ops = script.record(true).recorded();
            } catch (RetortException e) {
                if (skipBodiesThatThrow) {
                    continue;
                }
                throw e;
            }
            each.accept(script, ops);
        }
    }

    /**
     * {@code op} of {@code revision} folded onto {@code model}. When it removes or changes what the model lacks (a
     * migration generated from a drifted database: dropping a column added by hand) and {@code assume} is set, it is
     * folded onto the model with that put back, when the op carries it (a drop carries what it drops), and
     * {@code notes} is told of the assumption.
     *
     * @throws RuntimeException the fold's own error when the op cannot be folded (even so)
     */
    public static Folded fold(SchemaModel model, MigrationOp op, String revision, boolean assume,
                              Consumer<String> notes) {
        try {
            return new Folded(model, ModelFolder.apply(model, op));
        } catch (RuntimeException e) {
            Optional<SchemaModel> withIt = assume ? ModelFolder.withWhatItRemoves(model, op) : Optional.empty();
            if (withIt.isEmpty()) {
                throw e;
            }
            notes.accept(assumption(revision, e));
            return new Folded(withIt.get(), ModelFolder.apply(withIt.get(), op));
        }
    }

    /** The note that a replay assumed what a revision removes, {@code missing} saying what the schema lacked. */
    private static String assumption(String revision, RuntimeException missing) {
        return "revision " + revision + " changes what no earlier migration created (" + missing.getMessage()
                + " in the schema they produce); assumed the database has it, as the database the revision was"
                + " generated from did";
    }

    /** A replay under way: the model so far, its notes, and the revisions whose raw SQL was skipped. */
    private static final class Replaying {
        private final Policy policy;
        private final List<String> notes = new ArrayList<>();
        private final List<String> skippedRawSql = new ArrayList<>();
        private SchemaModel model = SchemaModel.EMPTY;

        Replaying(Policy policy) {
            this.policy = policy;
        }

        void revision(MigrationScript script, List<MigrationOp> ops) {
            boolean rawSql = false;
            for (MigrationOp op : ops) {
                if (op instanceof ExecuteSql) {
                    rawSql = true;
                    continue;
                }
                try {
                    model = fold(model, OpSpelling.inModelSpelling(op, model, SPELLING), script.id(), true, notes::add)
                            .after();
                } catch (RuntimeException e) {
                    notes.add(policy.cannotFold().note(script, e, List.copyOf(skippedRawSql)));
                }
            }
            if (rawSql) {
                skippedRawSql.add(script.id());
                notes.add(policy.rawSql().apply(script.id()));
            }
        }
    }
}
