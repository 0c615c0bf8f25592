package dev.retort.cli;

import dev.retort.app.Results;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write an empty revision that joins two or more heads into one.")
final class MergeCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "The heads to join, or `heads` for all of them.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, required = true, description = "What the merge is for.")
    String message;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the merge revision.")
    List<String> branchLabels = List.of();

    @Option(names = {"-v", "--verbose"}, description = "Also show each head it joins in full.")
    boolean verbose;

    @Override
    public Integer call() {
        var retort = root.retort();
        Results.Generated result = retort.merge(revisions, message, branchLabels);
        if (verbose) {
            for (String parent : result.parents()) {
                retort.show(parent).forEach(r -> spec.commandLine().getOut().print(RevisionLines.verbose(r)));
            }
        }
        spec.commandLine().getOut().println("Generated " + result.file().orElseThrow() + " (revision "
                + result.revision().orElseThrow() + "), merging " + String.join(", ", result.parents())
                + "; run `retort upgrade head` to apply it");
        return 0;
    }
}
