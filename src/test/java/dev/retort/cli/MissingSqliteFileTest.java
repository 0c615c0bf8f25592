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

    private InProcess.Run run(String... args) {
        return InProcess.run(dir, args);
    }

    @Test
    void currentAndHistoryCreateNoFile() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String url = "--url=sqlite+pysqlite:///./missing.db";
        assertThat(run(url, "revision", "-m", "first").code()).isZero();

        InProcess.Run current = run(url, "current");
        assertThat(current.code()).isZero();
        assertThat(current.out()).isEqualTo("<base> (no migration applied)\n");
        assertThat(current.err()).contains("The SQLite database " + dir.resolve("missing.db") + " does not exist yet")
                .contains("retort upgrade head");
        assertThat(run(url, "history", "-i").code()).isZero();
        assertThat(run(url, "-q", "current").err()).isEmpty();
        assertThat(dir.resolve("missing.db")).doesNotExist();

        assertThat(run(url, "upgrade", "head").code()).isZero();
        assertThat(dir.resolve("missing.db")).exists();
        assertThat(run(url, "current").err()).doesNotContain("does not exist");
    }
}
