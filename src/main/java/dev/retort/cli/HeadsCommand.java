package dev.retort.cli;

import dev.retort.app.Results;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the revisions nothing revises yet.")
final class HeadsCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Show parents, branch names, path, date and message.")
    boolean verbose;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Results.RevisionInfo r : root.retort().heads()) {
            out.println(verbose ? RevisionLines.verbose(r) : RevisionLines.marked(r) + ", " + r.message());
        }
        return 0;
    }
}
