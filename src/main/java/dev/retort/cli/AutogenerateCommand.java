package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "autogenerate", mixinStandardHelpOptions = true, description = "Compare entities with the database and write a migration for the difference.")
final class AutogenerateCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, description = "What the migration does.")
    String message;

    @Override
    public Integer call() {
        return GenerateOutput.print(root.retort().autogenerate(message), spec.commandLine().getOut(), true);
    }
}
