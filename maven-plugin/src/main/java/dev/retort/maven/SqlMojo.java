package dev.retort.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort upgrade RANGE --sql}: the SQL an upgrade would run, for a DBA to review or apply, without touching a
 * database (the URL only names the dialect). Written to {@code outputFile}, else to the log.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class SqlMojo extends RetortMojo {

    /** {@code TARGET} (from base) or {@code START:TARGET}. */
    @Parameter(property = "retort.range", defaultValue = "head")
    String range;

    /** The file to write the script to; default: the log. */
    @Parameter(property = "retort.sqlFile")
    File outputFile;

    private final StringWriter script = new StringWriter();

    @Override
    List<String> command() {
        return List.of("upgrade", range, "--sql");
    }

    @Override
    int run(String[] args, PrintWriter out, PrintWriter err, Path basedir) {
        return super.run(args, outputFile == null ? out : new PrintWriter(script, true), err, basedir);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        super.execute();
        if (outputFile == null || skip) {
            return;
        }
        try {
            if (outputFile.getParentFile() != null) {
                Files.createDirectories(outputFile.getParentFile().toPath());
            }
            Files.writeString(outputFile.toPath(), script.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the SQL script to " + outputFile + ": " + e.getMessage()
                    + "; choose a writable <outputFile>.", e);
        }
        getLog().info("Wrote the SQL for " + range + " to " + outputFile);
    }
}
