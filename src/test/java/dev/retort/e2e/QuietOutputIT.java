package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.JavaSources;
import dev.retort.testing.RetortJar;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches stderr from the real {@code retort.jar}: Hibernate's warnings about the user's mapping (deprecated
 * {@code @Temporal} on three fields) as one line per kind with a count, every one with {@code --verbose}, and no log
 * lines of Hibernate's own.
 */
class QuietOutputIT {
    @TempDir
    Path dir;

    private String stderr(String... args) throws Exception {
        RetortJar.Run run = RetortJar.inProject(dir, args);
        assertThat(run.code()).as("drift: the migrations do not create the table").isEqualTo(1);
        return run.err();
    }

    @Test
    void hibernatesWarningsAreSummarisedOnceAndShownInFullWithVerbose() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(src.resolve("Order.java"), """
                package shop;

                import jakarta.persistence.*;
                import java.util.Date;

                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @Temporal(TemporalType.TIMESTAMP) Date placed;
                    @Temporal(TemporalType.TIMESTAMP) Date paid;
                    @Temporal(TemporalType.DATE) Date shipped;
                }
                """);
        JavaSources.compile(dir.resolve("src"), dir.resolve("classes"));
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nclasspath=classes\nentities=shop\n");

        String brief = stderr("check", "--offline");
        assertThat(brief.lines().toList()).singleElement().asString()
                .startsWith("warning: Hibernate: HHH90000033: Encountered use of deprecated annotation")
                .endsWith("(and 2 more like it; --verbose shows each)");

        String all = stderr("check", "--offline", "--verbose");
        assertThat(all.lines().filter(l -> l.startsWith("warning: Hibernate: HHH90000033"))).hasSize(3);
        assertThat(all).doesNotContain("org.hibernate", "INFO", "WARN:");
    }

    /** Colours only on a terminal (here one that {@code script} provides), none with NO_COLOR or through a pipe. */
    @Test
    void coloursOnlyOnATerminalAndNeverWithNoColor() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String help = java + " -jar " + RetortJar.JAR + " --help";
        assertThat(shell("script -qec '" + help + "' /dev/null", false)).contains("\u001b[");
        assertThat(shell("script -qec '" + help + "' /dev/null", true)).contains("Usage: retort").doesNotContain("\u001b[");
        assertThat(shell(help + " | cat", false)).contains("Usage: retort").doesNotContain("\u001b[");
    }

    private String shell(String command, boolean noColor) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tty.txt").toFile());
        builder.environment().remove("NO_COLOR");
        if (noColor) {
            builder.environment().put("NO_COLOR", "1");
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return Files.readString(dir.resolve("tty.txt"));
    }
}
