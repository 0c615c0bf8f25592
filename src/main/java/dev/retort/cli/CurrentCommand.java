package dev.retort.cli;

import dev.retort.app.Results;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision(s) the database is at.")
final class CurrentCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Show path, date and message.")
    boolean verbose;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Results.Current current = root.retort().current();
        if (current.revisions().isEmpty()) {
            out.println("<base> (no migration applied)");
        }
        for (Results.RevisionInfo r : current.revisions()) {
            out.println(verbose ? RevisionLines.verbose(r) : RevisionLines.marked(r, false));
        }
        if (!current.edited().isEmpty()) {
            // plain `current` output stays one revision per line for scripts; the warning goes to stderr
            var to = verbose ? out : spec.commandLine().getErr();
            to.println((verbose ? "" : "warning: ") + "Edited after being applied (the migration no longer has the"
                    + " checksum recorded when it ran; `retort upgrade` refuses until the edit is undone or accepted"
                    + " with --allow-edited):");
            for (Results.RevisionInfo r : current.edited()) {
                to.println("  " + r.id() + " (" + r.source() + "), " + r.message());
            }
        }
        return 0;
    }
}
