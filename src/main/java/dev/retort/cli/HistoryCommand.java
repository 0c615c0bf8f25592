package dev.retort.cli;

import dev.retort.app.Results;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true, description = "List revisions, newest first.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Show path, date and message.")
    boolean verbose;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Results.RevisionInfo r : root.retort().history()) {
            out.println(verbose ? RevisionLines.verbose(r) : RevisionLines.line(r));
        }
        return 0;
    }
}
