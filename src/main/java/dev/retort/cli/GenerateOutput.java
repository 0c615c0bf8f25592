package dev.retort.cli;

import dev.retort.app.Results;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Prints what autogenerate/revision produced. */
final class GenerateOutput {
    private GenerateOutput() {
    }

    /**
     * @param verbose also say, on stderr, which Hibernate release read the entities and where the time went
     * @param notices where the settings came from (the application's files, Maven's class path), said on stderr
     */
    static int print(Results.Generated result, CommandLine commandLine, boolean autogenerate, boolean verbose,
                     java.util.List<String> timings, java.util.List<String> notices) {
        notices.forEach(commandLine.getErr()::println); // empty with --quiet
        if (verbose) {
            result.hibernate().ifPresent(commandLine.getErr()::println);
            commandLine.getErr().println("Timings: " + String.join(", ", timings));
            commandLine.getErr().flush();
        }
        return print(result, commandLine.getOut(), autogenerate);
    }

    static int print(Results.Generated result, PrintWriter out, boolean autogenerate) {
        result.notes().forEach(note -> out.println("note: " + note));
        if (!result.hasChanges()) {
            out.println("No changes detected");
            return 0;
        }
        for (String line : result.changes()) {
            out.println("  " + line);
        }
        out.println("Generated " + result.file().orElseThrow() + " (revision " + result.revision().orElseThrow() + ")"
                + (autogenerate ? "; review it before running `retort upgrade head`" : ""));
        return 0;
    }
}
