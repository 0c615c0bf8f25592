package dev.retort.cli;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import java.io.PrintWriter;

/** What {@code upgrade} and {@code downgrade} print: progress lines, or the script with {@code --sql}. */
final class MigrateOutput {
    private MigrateOutput() {
    }

    static int run(Retort retort, String target, boolean sql, boolean up, PrintWriter out) {
        return run(retort, target, sql, up, false, out);
    }

    static int run(Retort retort, String target, boolean sql, boolean up, boolean allowEdited, PrintWriter out) {
        if (sql) {
            out.print(up ? retort.upgradeSql(target) : retort.downgradeSql(target));
            out.flush();
            return 0;
        }
        Results.Migrated result = up ? retort.upgrade(target, allowEdited, out::println) : retort.downgrade(target, out::println);
        if (result.applied().isEmpty()) {
            out.println("Already at " + (result.heads().isEmpty() ? "<base>" : String.join(", ", result.heads()))
                    + "; nothing to " + (up ? "upgrade" : "downgrade"));
        }
        return 0;
    }
}
