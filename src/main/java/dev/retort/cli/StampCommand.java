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

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record REV as the database's revision without running migrations (e.g. `stamp head` for tables created outside Retort).")
final class StampCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REV", description = "head, heads, base or a revision.")
    String target;

    @Option(names = {"-v", "--verbose"}, description = "Also say where the database was before, and each revision"
            + " it is stamped at in full.")
    boolean verbose;

    @Override
    public Integer call() {
        var retort = root.retort();
        var out = spec.commandLine().getOut();
        if (verbose) {
            List<Results.RevisionInfo> before = retort.current().revisions();
            out.println("The database was at " + (before.isEmpty() ? "<base>"
                    : String.join(", ", before.stream().map(Results.RevisionInfo::id).toList())));
        }
        Results.Migrated result = retort.stamp(target);
        out.println("Stamped the database at "
                + (result.heads().isEmpty() ? "<base>" : String.join(", ", result.heads())));
        if (verbose) {
            for (String head : result.heads()) {
                retort.show(head).forEach(r -> out.print(RevisionLines.verbose(r)));
            }
        }
        return 0;
    }
}
