package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort upgrade TARGET}: applies the migrations up to the target, one line per migration. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class UpgradeMojo extends RetortMojo {

    /** A revision id or prefix, {@code head}, {@code heads}, {@code +N}, {@code REV+N}. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Apply although an applied migration was edited since (its new checksum is recorded). */
    @Parameter(property = "retort.allowEdited", defaultValue = "false")
    boolean allowEdited;

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("upgrade", target));
        if (allowEdited) {
            command.add("--allow-edited");
        }
        if (verbose) {
            command.add("--verbose");
        }
        return command;
    }
}
