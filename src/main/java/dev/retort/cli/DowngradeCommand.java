package dev.retort.cli;

import dev.retort.app.Results;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert migrations down to TARGET (base, REV, -N, REV-N).")
final class DowngradeCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", description = "base, a revision, or -N.")
    String target;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Results.Migrated result = root.retort().downgrade(target, out::println);
        if (result.applied().isEmpty()) {
            out.println("Already at " + (result.heads().isEmpty() ? "<base>" : String.join(", ", result.heads()))
                    + "; nothing to downgrade");
        }
        return 0;
    }
}
