package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--sql", description = "Print the SQL script instead of running it; needs no database"
            + " (the URL only names the dialect). The target may be a range START:TARGET.")
    boolean sql;

    @Option(names = {"-v", "--verbose"}, description = "Also say where the time went.")
    boolean verbose;

    @Override
    public Integer call() {
        return MigrateOutput.run(root.retort(), target, sql, false, false, root.quiet, verbose,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
