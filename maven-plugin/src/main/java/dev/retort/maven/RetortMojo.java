package dev.retort.maven;

import dev.retort.cli.RetortCli;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: it runs the Retort command line in the build's JVM, in the project's directory, with the
 * project's compiled classes and runtime dependencies as {@code --classpath}. The database URL comes from
 * {@code <url>}, else {@code DATABASE_URL}, a {@code .env} file or {@code retort.properties}, as for the command.
 * Results go to the build log; errors fail the build with Retort's one-paragraph message.
 */
abstract class RetortMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The database URL (JDBC, {@code postgresql://…}, {@code sqlite:///…}); default: {@code DATABASE_URL}, then config. */
    @Parameter(property = "retort.url")
    String url;

    @Parameter(property = "retort.user")
    String user;

    @Parameter(property = "retort.password")
    String password;

    /** The properties file; default: {@code retort.properties} in the project's directory, if there is one. */
    @Parameter(property = "retort.config")
    File configFile;

    /** The directory of migration sources; default: config {@code migrations}, else {@code migrations}. */
    @Parameter(property = "retort.migrations")
    File migrations;

    /** The Java package new migrations declare; default: config, else the package existing migrations use. */
    @Parameter(property = "retort.package")
    String migrationsPackage;

    /** Comma-separated packages to scan for entities; default: config, else all of the class path's classes. */
    @Parameter(property = "retort.entities")
    String entities;

    /** Also show every Hibernate warning and where the time went. */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    /** The command and its arguments after the global options, e.g. {@code upgrade head}. */
    abstract List<String> command();

    /** Whether the goal reads the entities, and so needs the compiled classes. */
    boolean readsEntities() {
        return false;
    }

    /** What exit status 1 means; only {@code check} returns it (drift). */
    void onExit1(String errors) throws MojoFailureException {
        throw new MojoFailureException(errors);
    }

    /** The environment the command sees (DATABASE_URL, GITHUB_ACTIONS). */
    Map<String, String> environment() {
        return System.getenv();
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Retort (retort.skip)");
            return;
        }
        Path basedir = project.getBasedir().toPath();
        File classes = new File(project.getBuild().getOutputDirectory());
        if (readsEntities() && !classes.isDirectory()) {
            throw new MojoFailureException("Retort reads the entities from " + project.getBuild().getOutputDirectory()
                    + ", which does not exist yet. Compile first: `mvn compile retort:" + command().get(0) + "`,"
                    + " or bind the goal to a phase after compile (check binds to verify).");
        }
        List<String> args = new ArrayList<>(List.of("-C", basedir.toString(), "--classpath", classpath()));
        option(args, "--url", url);
        option(args, "--user", user);
        option(args, "--password", password);
        option(args, "--config", configFile == null ? null : configFile.getPath());
        option(args, "--migrations", migrations == null ? null : migrations.getPath());
        option(args, "--package", migrationsPackage);
        option(args, "--entities", entities);
        if (!getLog().isInfoEnabled()) {
            args.add("--quiet");
        }
        args.addAll(command());
        StringBuilder errors = new StringBuilder();
        int code;
        try (LineWriter outLines = new LineWriter(this::result);
             LineWriter errLines = new LineWriter(line -> message(line, errors))) {
            code = run(args.toArray(String[]::new), new PrintWriter(outLines, true), new PrintWriter(errLines, true),
                    basedir);
        }
        if (code == 1) {
            onExit1(errors.toString().strip());
        } else if (code != 0) {
            throw new MojoExecutionException(errors.length() == 0 ? "Retort failed with exit status " + code
                    : errors.toString().strip());
        }
    }

    /** Runs the command line; the results printed to {@code out} (the goals that write a file capture it). */
    int run(String[] args, PrintWriter out, PrintWriter err, Path basedir) {
        return RetortCli.execute(args, environment(), basedir, out, err);
    }

    /** A line of the command's results, to the log. */
    void result(String line) {
        getLog().info(line);
    }

    private void message(String line, StringBuilder errors) {
        if (line.startsWith("ERROR: ")) {
            errors.append(line.substring("ERROR: ".length())).append('\n');
        } else if (line.startsWith("warning: ")) {
            getLog().warn(line.substring("warning: ".length()));
        } else if (errors.length() > 0) {
            errors.append(line).append('\n');
        } else {
            getLog().info(line);
        }
    }

    private static void option(List<String> args, String name, String value) {
        if (value != null && !value.isBlank()) {
            args.add(name);
            args.add(value);
        }
    }

    /** The compiled classes first, then the runtime dependencies, as the application runs them. */
    String classpath() throws MojoExecutionException {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(project.getBuild().getOutputDirectory());
        try {
            entries.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's runtime dependencies are not resolved: " + e.getMessage(), e);
        }
        return String.join(File.pathSeparator, entries);
    }
}
