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

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one revision in full, with its children.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REV", description = "A revision id or unique prefix, a branch label, head, heads, LABEL@head, REV-N.")
    String revision;

    @Option(names = {"-v", "--verbose"}, description = "Also list what the upgrade does, one line per operation.")
    boolean verbose;

    @Option(names = "--er", paramLabel = "FORMAT", description = "Instead, the schema at REV as an entity-relationship"
            + " diagram: mermaid (paste it into a pull request).")
    String er;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var retort = root.retort();
        if (er != null) {
            if (!er.strip().equalsIgnoreCase("mermaid")) {
                throw new dev.retort.error.RetortException(dev.retort.error.ErrorCode.USAGE, "--er takes mermaid, not '"
                        + er + "'; run `retort show REV --er mermaid`");
            }
            out.print(retort.erDiagram(revision));
            out.flush();
            return 0;
        }
        for (Results.RevisionInfo r : retort.show(revision)) {
            out.println(RevisionLines.verbose(r, true));
            if (verbose) {
                List<String> changes = retort.changes(r.id());
                out.println(changes.isEmpty() ? "    Upgrade: no operations" : "    Upgrade:");
                changes.forEach(line -> out.println("      " + line));
            }
        }
        return 0;
    }
}
