package dev.retort.maven;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort check}: fails the build when the entities and the database (or, {@code offline}, the migrations)
 * differ. Bound to {@code verify} when listed in an execution. In GitHub Actions the differences are also annotations
 * on the entity sources.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public final class CheckMojo extends RetortMojo {

    /** Compare with the schema the migrations produce, without a database. */
    @Parameter(property = "retort.offline", defaultValue = "false")
    boolean offline;

    /** text, json or github; default: github in GitHub Actions ({@code GITHUB_ACTIONS=true}), else text. */
    @Parameter(property = "retort.format")
    String format;

    /** Whether drift fails the build; with {@code false} it is reported as a warning. */
    @Parameter(property = "retort.failOnDrift", defaultValue = "true")
    boolean failOnDrift;

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("check", "--format", format()));
        if (offline) {
            command.add("--offline");
        }
        if (verbose) {
            command.add("--verbose");
        }
        return command;
    }

    @Override
    boolean readsEntities() {
        return true;
    }

    private String format() {
        if (format != null && !format.isBlank()) {
            return format;
        }
        return "true".equals(environment().get("GITHUB_ACTIONS")) ? "github" : "text";
    }

    /** Workflow commands must start their line: GitHub's annotations go to standard output as they are. */
    @Override
    int run(String[] args, PrintWriter out, PrintWriter err, Path basedir) {
        if (!"github".equalsIgnoreCase(format())) {
            return super.run(args, out, err, basedir);
        }
        PrintWriter stdout = new PrintWriter(System.out, true);
        return super.run(args, stdout, err, basedir);
    }

    @Override
    void onExit1(String errors) throws MojoFailureException {
        String message = "The entities and " + (offline ? "the migrations" : "the database") + " differ (listed above):"
                + " write a migration with `mvn retort:autogenerate -Dretort.message=\"…\"`, review it, and apply it"
                + " with `mvn retort:upgrade`.";
        if (!errors.isEmpty()) {
            message = errors;
        }
        if (failOnDrift) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message);
    }
}
