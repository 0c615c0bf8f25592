package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code -v} and {@code -q} on every command, and what {@code -v} adds to {@code init}, {@code stamp}, {@code merge}. */
class VerboseAndQuietTest {
    @TempDir
    Path dir;

    private InProcess.Run retort(String... args) {
        return InProcess.run(dir, args);
    }

    @Test
    void everyCommandTakesVerboseAndQuiet() {
        CommandLine cl = RetortCli.commandLine(Map.of(), dir);
        assertThat(cl.getSubcommands()).hasSizeGreaterThan(10);
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            assertThat(sub.getCommandSpec().findOption("-v")).as(name + " -v").isNotNull();
            assertThat(sub.getCommandSpec().findOption("--verbose")).as(name + " --verbose").isNotNull();
            assertThat(sub.getCommandSpec().findOption("-q")).as(name + " -q").isNotNull();
        });
    }

    @Test
    void verboseInitStampAndMergeSayMore() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.createDirectories(dir.resolve("migrations"));
        InProcess.Run init = retort("init", "-v");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Kept " + dir.resolve("migrations") + ", which was there already")
                .contains("classpath is left unset: in this Maven project");

        String url = "--url=jdbc:sqlite:" + dir.resolve("app.db");
        assertThat(retort(url, "revision", "-m", "first").code()).isZero();
        assertThat(retort(url, "revision", "-m", "second", "--head", "base").code()).isZero();
        InProcess.Run merge = retort(url, "merge", "heads", "-m", "join", "-v");
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("    first").contains("    second").containsPattern("Rev: [0-9a-f]{12}")
                .contains("merging");

        InProcess.Run stamp = retort(url, "stamp", "head", "-v");
        assertThat(stamp.code()).as(stamp.err()).isZero();
        assertThat(stamp.out()).startsWith("The database was at <base>\n").contains("Stamped the database at ")
                .contains("Rev: ").contains("    join");
        InProcess.Run quiet = retort(url, "-q", "stamp", "base");
        assertThat(quiet.err()).isEmpty();
    }
}
