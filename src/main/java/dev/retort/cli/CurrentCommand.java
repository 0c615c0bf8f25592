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

    @Option(names = {"-v", "--verbose"}, description = "Show path, date, message and checksum state, and list the"
            + " applied migrations edited since they were applied.")
    boolean verbose;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var retort = root.retort();
        Results.Current current = retort.current(verbose);
        if (!root.quiet) {
            retort.notices().forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
        }
        if (current.revisions().isEmpty()) {
            out.println("<base> (no migration applied)");
        }
        for (Results.RevisionInfo r : current.revisions()) {
            out.println(verbose ? RevisionLines.verbose(r) : RevisionLines.marked(r, false));
        }
        if (!current.edited().isEmpty()) {
            out.println("Edited after being applied (the migration no longer has the"
                    + " checksum recorded when it ran; `retort upgrade` refuses until the edit is undone or accepted"
                    + " with --allow-edited):");
            for (Results.RevisionInfo r : current.edited()) {
                out.println("  " + r.id() + " (" + r.source() + "), " + r.message());
            }
        }
        return 0;
    }
}
