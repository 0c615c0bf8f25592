package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--offline", description = "Compare with the schema the migrations produce (replayed, no database)"
            + " instead of the database; the URL only names the dialect, SQLite's rules without one.")
    boolean offline;

    @Option(names = "--rev-id", paramLabel = "ID", description = "The new revision's id instead of a random one:"
            + " letters, digits and _ (e.g. 001, 2024_01_add_users).")
    String revId;

    @Option(names = {"-v", "--verbose"}, description = "Also say which Hibernate ORM release read the entities, and where the time went.")
    boolean verbose;

    @Mixin
    RenameOptions renames;

    @Override
    public Integer call() {
        var retort = revId == null ? renames.retort(root) : renames.retort(root).withRevisionId(revId);
        return GenerateOutput.print(offline ? retort.autogenerateOffline(message) : retort.autogenerate(message),
                spec.commandLine(), true, verbose, retort.timings(), root.quiet ? java.util.List.of() : retort.notices());
    }
}
