package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort history}: the revision graph, newest first. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class HistoryMojo extends RetortMojo {

    /** {@code START:END}, {@code -N:}, {@code REV:}, {@code current:}; default: all. */
    @Parameter(property = "retort.range")
    String range;

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("history"));
        if (range != null && !range.isBlank()) {
            command.add("-r");
            command.add(range);
        }
        if (verbose) {
            command.add("--verbose");
        }
        return command;
    }
}
