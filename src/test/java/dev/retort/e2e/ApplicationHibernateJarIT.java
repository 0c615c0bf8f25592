package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar, as a user runs it, on an application class path that holds Hibernate 6.6: the application's
 * release reads the entities (the generated class says so), and stderr carries Retort's own line only, none of the
 * log lines of either Hibernate.
 */
class ApplicationHibernateJarIT {
    private static final Path JAR = Path.of("target/retort.jar").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run retort(String... args) throws Exception {
        return java(List.of("--url", "jdbc:sqlite:" + dir.resolve("app.db"), "--classpath",
                ApplicationRelease.SIX_SIX.entityClasspath().stream().map(Path::toString)
                        .collect(Collectors.joining(File.pathSeparator))), args);
    }

    /** {@code java -jar retort.jar} with {@code options}, the corpus' types entities and {@code args}. */
    private Run java(List<String> options, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(options);
        command.addAll(List.of("--entities", HibernateJudge.CORPUS + "types", "--migrations",
                dir.resolve("migrations").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("retort finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    /**
     * The bundled Hibernate on PostgreSQL: Retort names the dialect itself (there is no connection to detect it
     * from), and Hibernate's warning that it need not be named is Retort's doing, not the user's: stderr stays empty.
     */
    @Test
    void theBundledHibernateOnPostgresSaysNothingOnStderr() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        dev.retort.testing.PostgresServer.Database db = dev.retort.testing.PostgresServer.newDatabase();
        List<String> options = List.of("--url", db.url(), "--user", db.user(), "--password", db.password(),
                "--classpath", HibernateJudge.CLASSES.toString());
        for (String[] command : new String[][] {{"autogenerate", "-m", "initial schema"}, {"upgrade", "head"},
                {"check"}, {"autogenerate", "-m", "nothing"}}) {
            Run run = java(options, command);
            assertThat(run.code()).as(String.join(" ", command) + ": " + run.err()).isZero();
            assertThat(run.err()).as(String.join(" ", command)).isEmpty();
        }
    }

    @Test
    void theApplicationsHibernateReadsAndOnlyRetortSpeaksOnStderr() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String version = ApplicationRelease.SIX_SIX.version();
        String line = "Entities read with Hibernate ORM " + version + " (the entity classpath's)\n";

        Run generated = retort("autogenerate", "--verbose", "-m", "initial schema");
        assertThat(generated.code()).as(generated.err()).isZero();
        assertThat(generated.err()).startsWith(line);
        assertThat(generated.err().substring(line.length())).as("only Retort's lines").startsWith("Timings: ")
                .contains("metamodel (Hibernate)").hasLineCount(1);
        Path migration;
        try (var files = Files.list(dir.resolve("migrations"))) {
            migration = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(migration)).contains("Entities read with: Hibernate ORM " + version);

        Run upgraded = retort("upgrade", "head");
        assertThat(upgraded.code()).as(upgraded.err()).isZero();
        assertThat(upgraded.err()).isEmpty();

        Run checked = retort("check");
        assertThat(checked.code()).as(checked.out() + checked.err()).isZero();
        assertThat(checked.err()).isEmpty();
    }
}
