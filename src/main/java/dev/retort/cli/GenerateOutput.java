package dev.retort.cli;

import dev.retort.app.Results;
import java.io.PrintWriter;

/** Prints what autogenerate/revision produced. */
final class GenerateOutput {
    private GenerateOutput() {
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
