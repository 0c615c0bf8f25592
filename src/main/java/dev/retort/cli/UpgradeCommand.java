package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--sql", description = "Print the SQL script instead of running it; needs no database"
            + " (the URL only names the dialect). The target may be a range START:TARGET.")
    boolean sql;

    @Option(names = "--allow-edited", description = "Apply although an applied migration was edited after it was"
            + " applied (its checksum changed); the edited checksum is recorded from then on.")
    boolean allowEdited;

    @Option(names = {"-v", "--verbose"}, description = "Also say where the time went.")
    boolean verbose;

    @Override
    public Integer call() {
        return MigrateOutput.run(root.retort(), target, sql, true, allowEdited, root.quiet, verbose,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
