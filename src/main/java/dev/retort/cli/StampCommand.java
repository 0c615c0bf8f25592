package dev.retort.cli;

import dev.retort.app.Results;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record REV as the database's revision without running migrations (e.g. `stamp head` for tables created outside Retort).")
final class StampCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REV", description = "head, heads, base or a revision.")
    String target;

    @Override
    public Integer call() {
        Results.Migrated result = root.retort().stamp(target);
        spec.commandLine().getOut().println("Stamped the database at "
                + (result.heads().isEmpty() ? "<base>" : String.join(", ", result.heads())));
        return 0;
    }
}
