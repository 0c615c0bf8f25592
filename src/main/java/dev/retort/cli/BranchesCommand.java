package dev.retort.cli;

import dev.retort.app.Results;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "branches", mixinStandardHelpOptions = true,
        description = "Show the revisions history branches at (branch points), each with the revisions that revise it.")
final class BranchesCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Show the branch point in full.")
    boolean verbose;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Results.Branch branch : root.retort().branches()) {
            Results.RevisionInfo p = branch.point();
            out.print(verbose ? RevisionLines.verbose(p) : RevisionLines.marked(p) + ", " + p.message() + "\n");
            String indent = " ".repeat(p.id().length());
            for (Results.RevisionInfo c : branch.children()) {
                out.println(indent + " -> " + RevisionLines.marked(c) + ", " + c.message());
            }
            out.println();
        }
        return 0;
    }
}
