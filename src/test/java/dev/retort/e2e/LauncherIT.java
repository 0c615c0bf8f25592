package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code retort} launcher as a user runs it: it finds the jar, the first run of a command writes a
 * class-data-sharing archive into the cache directory and later runs use it, nothing but Retort's output reaches
 * stdout and stderr, and Retort's exit status comes back.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("src/main/dist/bin/retort").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run retort(String... args) throws Exception {
        return retort(java.util.Map.of(), args);
    }

    private Run retort(java.util.Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString(), "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("retort finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private List<String> archives() throws Exception {
        Path cache = dir.resolve("cache/retort");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstRunWritesTheArchiveAndLaterRunsUseIt() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nmigrations=migrations\n");
        Files.createFile(dir.resolve("app.db")); // an empty SQLite database: current says nothing on stderr about it

        Run first = retort("current");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("<base> (no migration applied)\n");
        assertThat(first.err()).isEmpty();
        assertThat(archives()).singleElement().asString().startsWith("retort-").endsWith("-current.jsa");

        Run second = retort("current");
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        assertThat(archives()).hasSize(1);

        Run failing = retort("upgrade", "no-such-revision");
        assertThat(failing.code()).as("Retort's own exit status").isGreaterThanOrEqualTo(2);
        assertThat(failing.err()).startsWith("ERROR: ").doesNotContain("cds", "warning");
        assertThat(archives()).hasSize(2).anyMatch(a -> a.endsWith("-upgrade.jsa"));

        Run version = retort("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("retort");
    }

    /** A heap too small for the project: one paragraph saying so and how to give it more, exit 11, no stack trace. */
    @Test
    void anExhaustedHeapEndsWithOneParagraph() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nmigrations=migrations\n");
        dev.retort.render.RenderedMigration big = new dev.retort.render.MigrationRenderer().render(
                dev.retort.render.MigrationHeader.of("0123456789ab", List.of(), java.time.LocalDateTime.of(2026, 12, 3, 10, 0),
                        "big"), dev.retort.render.MigrationRendererLargeTest.bigSchema(1500));
        Files.writeString(dir.resolve("migrations").resolve(big.fileName()), big.source());

        Run run = retort(java.util.Map.of("RETORT_OPTS", "-Xmx40m", "RETORT_CDS", "off"), "current");
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(11);
        assertThat(run.err()).startsWith("ERROR: Retort ran out of memory while ").contains("-Xmx2g")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(dir.resolve("app.db")).doesNotExist();
    }
}
