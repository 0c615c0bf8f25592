package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort autogenerate -m MESSAGE}: writes a migration for what the entities changed, or says there is none. */
@Mojo(name = "autogenerate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class AutogenerateMojo extends RetortMojo {

    /** The migration's message, which also names its file. */
    @Parameter(property = "retort.message", required = true)
    String message;

    /** Compare with the schema the migrations produce instead of the database. */
    @Parameter(property = "retort.offline", defaultValue = "false")
    boolean offline;

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("autogenerate", "-m", message));
        if (offline) {
            command.add("--offline");
        }
        return command;
    }

    @Override
    boolean readsEntities() {
        return true;
    }
}
