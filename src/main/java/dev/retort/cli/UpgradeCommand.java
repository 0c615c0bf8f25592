package dev.retort.cli;

import dev.retort.app.Results;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply migrations up to TARGET (head, heads, REV, +N, REV+N).")
final class UpgradeCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head", description = "Default: head.")
    String target;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Results.Migrated result = root.retort().upgrade(target, out::println);
        if (result.applied().isEmpty()) {
            out.println("Already at " + (result.heads().isEmpty() ? "<base>" : String.join(", ", result.heads()))
                    + "; nothing to upgrade");
        }
        return 0;
    }
}
