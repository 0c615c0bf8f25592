package dev.retort.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** {@code retort ARGS} run in this JVM as a build tool runs it ({@link RetortCli#execute}), with no environment. */
final class InProcess {
    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    private InProcess() {
    }

    static Run run(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RetortCli.execute(args, Map.of(), dir, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
