package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort current}: the revision(s) the database is at. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CurrentMojo extends RetortMojo {

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("current"));
        if (verbose) {
            command.add("--verbose");
        }
        return command;
    }
}
