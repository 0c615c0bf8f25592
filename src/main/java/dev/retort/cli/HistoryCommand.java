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

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "START:END, both inclusive: -3: (the three newest), REV:, :REV, base:head, current: (reads the database).")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show parents, branch names, path, date and message.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database is at, and those edited since they were applied (reads the database).")
    boolean indicateCurrent;

    @Option(names = "--graph", description = "Draw the revision graph: branches and merges, as `git log --graph`.")
    boolean graph;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (graph) {
            HistoryGraph.draw(root.retort().history(range, indicateCurrent)).forEach(out::println);
            return 0;
        }
        for (Results.RevisionInfo r : root.retort().history(range, indicateCurrent)) {
            out.println(verbose ? RevisionLines.verbose(r) : RevisionLines.line(r));
        }
        return 0;
    }
}
