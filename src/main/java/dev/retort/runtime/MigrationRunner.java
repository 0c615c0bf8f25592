package dev.retort.runtime;

import dev.retort.text.Text;
import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Operations;
import dev.retort.model.SchemaModel;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.ModelFolder;
import dev.retort.ops.OpSpelling;
import dev.retort.revision.Step;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Applies or reverts migrations: each migration's ops become the dialect's statements, run in one
 * transaction together with the version-table update and the migration's checksum ({@link ChecksumTable}: recorded
 * on upgrade, deleted on downgrade). The schema is tracked in memory from one
 * introspection at the start (re-read after raw SQL), which is what SQLite's table rebuilds need.
 */
public final class MigrationRunner {
    private final SqlDialect dialect;
    private final VersionTable versionTable;
    private final ChecksumTable checksums;
    private final StatementSink sink;
    /** Offline: the schema is what the earlier migrations produce, which may lack what a database had. */
    private final boolean offline;

    public MigrationRunner(SqlDialect dialect, VersionTable versionTable, StatementSink sink) {
        this(dialect, versionTable, sink, false);
    }

    private MigrationRunner(SqlDialect dialect, VersionTable versionTable, StatementSink sink, boolean offline) {
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.checksums = new ChecksumTable(dialect, versionTable.name());
        this.sink = sink;
        this.offline = offline;
    }

    /**
     * A runner that writes a script ({@code --sql}) on the schema the earlier migrations produce. A migration generated
     * from a database that had something no migration created (a re-sync of a drifted database: dropping a column
     * added by hand) removes what that schema lacks: the script assumes the database has it, as the one the migration
     * came from did, and says so in a comment. A migration that cannot be written even so is named, with why.
     */
    public static MigrationRunner offline(SqlDialect dialect, VersionTable versionTable, StatementSink sink) {
        return new MigrationRunner(dialect, versionTable, sink, true);
    }

    /**
     * Runs {@code steps} in order.
     *
     * @param scripts the loaded migrations
     * @param steps the plan from the revision graph
     * @param start the schema before the first step
     * @param reread the schema after raw SQL, given the schema before it: online, read again from the database;
     *     offline, assumed unchanged
     * @param headsNow reads the version table inside the migration's transaction (online), so a step whose
     *     starting point another process has already moved is not applied twice; offline, {@link Step#headsBefore}
     * @param progress receives one line per migration
     * @return the schema after the last step
     * @throws ConcurrentMigrationException when the version table no longer matches the plan
     */
    public SchemaModel run(ScriptDirectory scripts, List<Step> steps, SchemaModel start, UnaryOperator<SchemaModel> reread,
                           Function<Step, List<String>> headsNow, Consumer<String> progress) {
        SchemaModel model = start;
        if (!steps.isEmpty()) {
            try {
                versionTable.ensure(sink);
                checksums.ensure(sink);
            } catch (JdbcSink.StatementFailedException e) {
                String message = e.getMessage() == null ? "" : e.getMessage().strip();
                throw new RetortException(ErrorCode.DATABASE, "Cannot create the version table, at: " + oneLine(e.sql())
                        + " -- " + message + "." + hint(message), e);
            }
        }
        for (Step step : steps) {
            MigrationScript script = scripts.require(step.revision());
            Operations op = script.record(step.upgrade());
            sink.comment((step.upgrade() ? "Upgrade " : "Downgrade ") + describe(step, script) + ": " + script.message());
            SchemaModel[] after = {model};
            if (!dialect.capabilities().transactionalDdl()) {
                try {
                    preflight(op.recorded(), model);
                } catch (RetortException e) {
                    throw new RetortException(e.code(), "Migration " + script.id() + " ("
                            + script.source().getFileName() + ") cannot run on this database, and nothing of it ran: "
                            + e.getMessage(), e);
                }
            }
            try {
                sink.inTransaction(() -> {
                    List<String> actual = headsNow.apply(step);
                    if (!actual.equals(step.headsBefore())) {
                        throw new ConcurrentMigrationException(step, actual);
                    }
                    progress.accept((step.upgrade() ? "Running upgrade " : "Running downgrade ")
                            + describe(step, script) + ", " + script.message());
                    after[0] = apply(op.recorded(), after[0], reread, script);
                    versionTable.update(sink, step);
                    if (step.upgrade()) {
                        checksums.record(sink, script.id(), op.recorded());
                    } else {
                        checksums.forget(sink, script.id());
                    }
                });
            } catch (JdbcSink.StatementFailedException e) {
                throw new RetortException(ErrorCode.DATABASE, failure(script, step, e, sink.ranSinceBegin(),
                        sink.committedSinceBegin()), e);
            } catch (RetortException e) {
                if (offline && e.code() == ErrorCode.REVISION) {
                    throw new RetortException(ErrorCode.REVISION, "Cannot write the SQL of revision " + script.id()
                            + " (" + script.source().getFileName() + ") without a database: " + e.getMessage()
                            + " in the schema the earlier migrations produce, and the script cannot assume it. Write"
                            + " the script from a range that starts after it (`START:TARGET`), or run the migrations"
                            + " against the database.", e);
                }
                throw e;
            }
            model = after[0];
        }
        return model;
    }

    /**
     * Records {@code heads} as the database's revisions without running any migration ({@code stamp}), in one
     * transaction. A stamp runs nothing: the checksums of revisions not in {@code applied} (no longer applied) go, no
     * new ones are recorded.
     */
    public void stamp(List<String> heads, java.util.Collection<String> applied) {
        sink.inTransaction(() -> {
            versionTable.ensure(sink);
            versionTable.set(sink, heads);
            checksums.ensure(sink);
            checksums.retain(sink, applied);
        });
    }

    /**
     * Accepts applied migrations edited since they were applied ({@code upgrade --allow-edited}): records the
     * checksums of their upgrades as they are now, in one transaction.
     */
    public void acceptEdited(ScriptDirectory scripts, List<String> revisions) {
        sink.inTransaction(() -> {
            for (String id : revisions) {
                checksums.record(sink, id, scripts.require(id).record(true).recorded());
            }
        });
    }

    /**
     * On a database that cannot roll back DDL, the statements of a migration's ops are made before any of them runs,
     * on the schema the ops fold to, so that an op the database cannot perform (a partial index on MariaDB) is
     * refused while nothing of the migration has run. It stops at the first raw SQL, after which the schema is
     * unknown, and at an op that does not fold, which the run itself reports.
     */
    private void preflight(List<MigrationOp> ops, SchemaModel model) {
        SchemaModel m = model;
        for (MigrationOp op : ops) {
            MigrationOp o = OpSpelling.inModelSpelling(op, m, dialect.capabilities().names());
            if (o instanceof ExecuteSql) {
                return;
            }
            try {
                dialect.statements(o, m);
                m = ModelFolder.apply(m, o);
            } catch (RetortException e) {
                throw e;
            } catch (RuntimeException e) {
                return;
            }
        }
    }

    /**
     * Runs {@code ops} on a schema that is {@code model}, op by op, except that consecutive ops the dialect
     * {@linkplain SqlDialect#joins joins} run as one step (SQLite: one table rebuild for several changes to a table).
     *
     * @return the schema afterwards
     */
    private SchemaModel apply(List<MigrationOp> ops, SchemaModel model, UnaryOperator<SchemaModel> reread,
                              MigrationScript script) {
        int i = 0;
        while (i < ops.size()) {
            // the migration's names, spelled as the schema so far has them (older migrations, a database that folds
            // names): the database takes them for the same names
            MigrationOp o = OpSpelling.inModelSpelling(ops.get(i++), model, dialect.capabilities().names());
            if (o instanceof ExecuteSql) {
                sink.execute(OpStatements.of(o, dialect.statements(o, model)));
                model = reread.apply(model); // raw SQL may have changed anything
                continue;
            }
            List<MigrationOp> run = new ArrayList<>(List.of(o));
            HistoryReplay.Folded folded;
            try {
                // offline, what the op removes and the earlier migrations lack is assumed there, and said
                folded = HistoryReplay.fold(model, o, script.id(), offline, note -> sink.comment("note: " + note));
            } catch (RuntimeException e) {
                // the database's own error says more (a table that already exists); else the model's
                sink.execute(OpStatements.of(o, dialect.statements(o, model)));
                throw e;
            }
            SchemaModel start = folded.before();
            SchemaModel after = folded.after();
            SchemaModel lastBefore = start;
            while (i < ops.size() && !(ops.get(i) instanceof ExecuteSql)) {
                MigrationOp next = OpSpelling.inModelSpelling(ops.get(i), after, dialect.capabilities().names());
                if (!dialect.joins(run.get(run.size() - 1), lastBefore, next, after)) {
                    break;
                }
                SchemaModel nextAfter;
                try {
                    nextAfter = ModelFolder.apply(after, next);
                } catch (RuntimeException e) {
                    break; // it fails on its own, first in a run of its own
                }
                run.add(next);
                lastBefore = after;
                after = nextAfter;
                i++;
            }
            sink.execute(new OpStatements(dialect.statements(run, start), run));
            // a change to a table with triggers may have rewritten their text (a renamed column), which the next
            // rebuild of that table must create as it now reads
            model = o.onTable().map(start::triggersOn).orElse(List.of()).isEmpty() ? after : reread.apply(after);
        }
        return model;
    }

    /** As Alembic prints it: {@code parents -> revision} going up, {@code revision -> parents} going down. */
    private static String describe(Step step, MigrationScript script) {
        List<String> parents = script.node().parents();
        String down = parents.isEmpty() ? "<base>" : String.join(", ", parents);
        return step.upgrade() ? down + " -> " + script.id() : script.id() + " -> " + down;
    }

    private String failure(MigrationScript script, Step step, JdbcSink.StatementFailedException e, List<String> ran,
                           int committed) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        return "Migration " + script.id() + " (" + script.source().getFileName() + ") failed during "
                + (step.upgrade() ? "upgrade" : "downgrade") + " at" + (e.ops().isEmpty() ? ""
                        : (e.ops().size() == 1 ? " step " : " steps ")
                                + String.join("; ", e.ops().stream().map(OpStatements::line).toList()))
                + ": " + oneLine(e.sql()) + " -- " + message + ". "
                + (dialect.capabilities().transactionalDdl() ? "This migration was rolled back; earlier migrations stay"
                        + " applied." + hint(message) : partlyApplied(script, step, ran, committed));
    }

    /**
     * What a failed migration left on a database that cannot roll back DDL: the statements that ran up to the last
     * one that committed on its own ({@code committed} of {@code ran}) stay; those after it changed rows inside the
     * transaction and were rolled back. How to recover, as Alembic and Flyway leave it to the operator there.
     */
    private static String partlyApplied(MigrationScript script, Step step, List<String> ran, int committed) {
        String before = step.headsBefore().isEmpty() ? "no revision (base)" : String.join(", ", step.headsBefore());
        List<String> kept = ran.subList(0, committed);
        List<String> undone = ran.subList(committed, ran.size());
        String rolledBack = undone.isEmpty() ? "" : (kept.isEmpty() ? "" : " ")
                + (undone.size() == 1 ? "The statement" : "The " + count(undone))
                + (kept.isEmpty() ? " of it that ran before the failed one"
                        : " after " + (kept.size() == 1 ? "it" : "them"))
                + " changed rows only and " + (undone.size() == 1 ? "was" : "were") + " rolled back: "
                + listed(undone, kept.size()) + ".";
        if (kept.isEmpty()) {
            return (undone.isEmpty() ? "It failed at its first statement." : rolledBack)
                    + " Nothing of it was applied; the database is still at " + before + ", and earlier migrations"
                    + " stay applied. Fix the migration or the data and run the command again.";
        }
        return "This database cannot roll back DDL, so the migration is partly applied: " + count(kept)
                + (kept.size() == 1 ? " of it ran and stays: " : " of it ran and stay: ") + listed(kept, 0) + "."
                + rolledBack + " The version table still records " + before + ". Either undo "
                + (kept.size() == 1 ? "that statement" : "those " + kept.size() + " statements")
                + " by hand and run the command again once the migration is fixed, or finish the migration by hand"
                + " and " + recordFinished(step) + ".";
    }

    /** How to record a migration finished by hand: the revisions the version table holds once it has run. */
    private static String recordFinished(Step step) {
        List<String> after = step.headsAfter();
        return after.size() > 1 ? "make the version table hold " + String.join(", ", after) + " with `retort stamp`"
                : "record it with `retort stamp " + (after.isEmpty() ? "base" : after.get(0)) + "`";
    }

    private static String count(List<String> statements) {
        return statements.size() + (statements.size() == 1 ? " statement" : " statements");
    }

    /** {@code (n) SQL; ...}, numbered from {@code first + 1}. */
    private static String listed(List<String> statements, int first) {
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            listed.add("(" + (first + i + 1) + ") " + oneLine(statements.get(i)));
        }
        return String.join("; ", listed);
    }

    /** What to do about a statement the database refused, by what it said. */
    private static String hint(String message) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("database is locked") || lower.contains("sqlite_busy")
                ? " Another runner or program held the SQLite database's write lock for longer than lock_timeout"
                        + " allows: let it finish and run the command again, or raise lock_timeout in retort.properties."
                : lower.contains("already exists")
                ? " The table already exists: if the schema was created outside Retort, record its revision with"
                        + " `retort stamp REV` instead of running the migration."
                : lower.contains("unsafe use of new value")
                ? " The migration uses an enum label it adds itself, and PostgreSQL lets a label added by ALTER TYPE"
                        + " ... ADD VALUE be used only once that transaction has committed: move the steps that use the"
                        + " new label (a default, check or insert naming it) into a migration of their own after this one."
                : " Fix the migration or the data and run the command again.";
    }

    private static String oneLine(String sql) {
        return Text.abbreviate(sql, 200);
    }
}
