package dev.retort.cli;

import dev.retort.app.Results;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compare the entities with the database and list every difference; writes nothing.",
                "Exit status: 0 in sync, 1 when they drift, 2 or more on errors."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--offline", description = "Compare with the schema the migrations produce (replayed, no database);"
            + " the URL only names the dialect, SQLite's rules without one.")
    boolean offline;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (default), json, or github (GitHub Actions annotations).")
    CheckReport.Format format;

    @Option(names = {"-v", "--verbose"}, description = "Also say which Hibernate ORM release read the entities, and where the time went.")
    boolean verbose;

    @Override
    public Integer call() {
        var retort = root.retort();
        Results.Checked checked = offline ? retort.checkOffline() : retort.check();
        if (!root.quiet) {
            retort.notices().forEach(spec.commandLine().getErr()::println);
        }
        if (verbose) {
            spec.commandLine().getErr().println(checked.hibernate());
            spec.commandLine().getErr().println("Timings: " + String.join(", ", retort.timings()));
            spec.commandLine().getErr().flush();
        }
        var out = spec.commandLine().getOut();
        out.print(CheckReport.render(checked, format));
        out.flush();
        return checked.inSync() ? 0 : 1;
    }

    /** {@code text}, {@code json}, {@code github}, in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<CheckReport.Format> {
        @Override
        public CheckReport.Format convert(String value) {
            try {
                return CheckReport.Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use text, json or github");
            }
        }
    }
}
