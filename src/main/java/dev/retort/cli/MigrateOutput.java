package dev.retort.cli;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import java.io.PrintWriter;

/** What {@code upgrade} and {@code downgrade} print: progress lines, or the script with {@code --sql}. */
final class MigrateOutput {
    private MigrateOutput() {
    }

    /**
     * Runs the migrations (or prints their script).
     *
     * @param quiet no per-migration lines (other messages, such as waiting for another runner, still come)
     * @param timings also print, on {@code err}, where the time went ({@code --verbose})
     */
    static int run(Retort retort, String target, boolean sql, boolean up, boolean allowEdited, boolean quiet,
                   boolean timings, PrintWriter out, PrintWriter err) {
        if (sql) {
            out.print(up ? retort.upgradeSql(target) : retort.downgradeSql(target));
            out.flush();
            return 0;
        }
        Progress progress = new Progress(out, quiet, System.console() != null);
        Results.Migrated result;
        try {
            result = up ? retort.upgrade(target, allowEdited, progress) : retort.downgrade(target, progress);
        } catch (RuntimeException | Error e) {
            progress.end("failed after ");
            throw e;
        }
        progress.finish();
        if (result.applied().isEmpty() && !quiet) {
            out.println("Already at " + (result.heads().isEmpty() ? "<base>" : String.join(", ", result.heads()))
                    + "; nothing to " + (up ? "upgrade" : "downgrade"));
        } else if (!up && result.heads().size() > 1 && !quiet) {
            // a merge undone (downgrade -1 at a merge point): each branch it joined stays applied
            out.println("Now at " + String.join(", ", result.heads()) + ", " + result.heads().size()
                    + " branch heads; downgrade further by naming one (REV-1), or `retort upgrade head` to merge again");
        }
        out.flush();
        if (timings) {
            err.println("Timings: " + String.join(", ", retort.timings()));
            err.flush();
        }
        return 0;
    }

    /**
     * A line per migration as it starts, and the time it took once the next one starts or the run ends. On a terminal
     * the time ends the same line ({@code Running upgrade <base> -> 3f2a9c1d7e4b, add users ... 0.12 s}); elsewhere
     * (a pipe, a CI log, read line by line) the start line is whole at once and the time follows on a line of its own
     * ({@code   done in 0.12 s}). Other messages end a pending line first.
     */
    static final class Progress implements java.util.function.Consumer<String> {
        private final PrintWriter out;
        private final boolean quiet;
        private final boolean terminal;
        private long started;
        private boolean pending;

        /** {@code quiet}: the per-migration lines are left out; {@code terminal}: the time ends the start line. */
        Progress(PrintWriter out, boolean quiet, boolean terminal) {
            this.out = out;
            this.quiet = quiet;
            this.terminal = terminal;
        }

        @Override
        public void accept(String line) {
            finish();
            boolean migration = line.startsWith("Running upgrade ") || line.startsWith("Running downgrade ");
            if (migration && quiet) {
                return;
            }
            if (migration) {
                if (terminal) {
                    out.print(line + " ... ");
                } else {
                    out.println(line);
                }
                out.flush();
                started = System.nanoTime();
                pending = true;
            } else {
                out.println(line);
                out.flush();
            }
        }

        /** Says the pending migration's time (the run ended, or the next one started). */
        void finish() {
            end(terminal ? "" : "done in ");
        }

        /** Says the pending migration's time after {@code what} ("failed after "). */
        void end(String what) {
            if (pending) {
                out.println((terminal ? "" : "  ") + what
                        + String.format(java.util.Locale.ROOT, "%.2f s", (System.nanoTime() - started) / 1e9));
                out.flush();
                pending = false;
            }
        }
    }
}
