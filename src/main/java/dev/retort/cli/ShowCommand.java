package dev.retort.cli;

import dev.retort.app.Results;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one revision in full, with its children.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REV", description = "A revision id or unique prefix, a branch label, head, heads, LABEL@head, REV-N.")
    String revision;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Results.RevisionInfo r : root.retort().show(revision)) {
            out.println(RevisionLines.verbose(r, true));
        }
        return 0;
    }
}
