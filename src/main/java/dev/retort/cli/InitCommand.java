package dev.retort.cli;

import dev.retort.app.Results;
import dev.retort.app.Scaffold;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create retort.properties and an empty migrations directory.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Where to create them (default: the project directory).")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "Also say what was left as it was.")
    boolean verbose;

    @Override
    public Integer call() {
        Path target = dir == null ? root.projectDir() : root.projectDir().resolve(dir).normalize();
        Results.Initialized result = Scaffold.init(target);
        for (Path p : result.created()) {
            spec.commandLine().getOut().println("Created " + p);
        }
        Path migrations = target.resolve("migrations");
        if (verbose && !result.created().contains(migrations)) {
            spec.commandLine().getOut().println("Kept " + migrations + ", which was there already");
        }
        if (verbose && java.nio.file.Files.isRegularFile(target.resolve("pom.xml"))) {
            spec.commandLine().getOut().println("classpath is left unset: in this Maven project, Retort asks Maven for"
                    + " target/classes and the dependencies");
        }
        spec.commandLine().getOut().println("Edit " + target.resolve("retort.properties")
                + " (url, classpath, entities), then run `retort autogenerate -m \"initial schema\"`.");
        return 0;
    }
}
