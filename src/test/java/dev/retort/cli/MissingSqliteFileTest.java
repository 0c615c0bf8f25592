package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that read where a database is create no SQLite file: a missing one is at no revision. */
class MissingSqliteFileTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        InProcess.Run run = InProcess.run(dir, args);
        return new String[] {String.valueOf(run.code()), run.out(), run.err()};
    }

    @Test
    void currentAndHistoryCreateNoFile() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String url = "--url=sqlite+pysqlite:///./missing.db";
        assertThat(run(url, "revision", "-m", "first")[0]).isEqualTo("0");

        String[] current = run(url, "current");
        assertThat(current[0]).isEqualTo("0");
        assertThat(current[1]).isEqualTo("<base> (no migration applied)\n");
        assertThat(current[2]).contains("The SQLite database " + dir.resolve("missing.db") + " does not exist yet")
                .contains("retort upgrade head");
        assertThat(run(url, "history", "-i")[0]).isEqualTo("0");
        assertThat(run(url, "-q", "current")[2]).isEmpty();
        assertThat(dir.resolve("missing.db")).doesNotExist();

        assertThat(run(url, "upgrade", "head")[0]).isEqualTo("0");
        assertThat(dir.resolve("missing.db")).exists();
        assertThat(run(url, "current")[2]).doesNotContain("does not exist");
    }
}
