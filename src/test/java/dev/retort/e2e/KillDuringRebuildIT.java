package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.testing.Sql;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real {@code retort upgrade} process in the middle of a SQLite table rebuild of two million
 * rows: nothing is lost, the migration is not recorded, no half-built table is left, and running the upgrade
 * again completes it.
 */
class KillDuringRebuildIT {
    private static final Path JAR = Path.of("target/retort.jar").toAbsolutePath();
    private static final int ROWS = 2_000_000;

    @TempDir
    Path dir;

    private Path onlyNewMigration(java.util.Set<Path> before) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".java") && !before.contains(f)).findFirst().orElseThrow();
        }
    }

    private java.util.Set<Path> migrations() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return new java.util.HashSet<>(files.toList());
        }
    }

    @Test
    void killedMidRebuildLosesNothingAndTheRerunFinishes() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nmigrations=migrations\n");
        Retort retort = new Retort(dev.retort.config.ConfigLoader.load(new dev.retort.config.ConfigOverrides(
                java.util.Optional.of(dir), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty()), java.util.Map.of(), dir));
        var before = migrations();
        retort.revision("big table", false);
        Path first = onlyNewMigration(before);
        Files.writeString(first, Files.readString(first).replaceFirst(
                "(public void upgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                "$1        op.execute(\"CREATE TABLE big (id integer PRIMARY KEY, v text);"
                        + " WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " + ROWS + ")"
                        + " INSERT INTO big SELECT x, 'row ' || x FROM c\");"));
        retort.upgrade("head", line -> { });
        String firstId = retort.current().revisions().get(0).id();

        before = migrations();
        retort.revision("not null", false);
        Path second = onlyNewMigration(before);
        Files.writeString(second, Files.readString(second).replaceFirst(
                "(public void upgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                "$1        op.alterColumn(\"big\", column(\"v\", text()), column(\"v\", text()).notNull());"));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "-C", dir.toString(), "upgrade", "head")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Running upgrade"));
            assertThat(line).as("the child started the migration").isNotNull();
            Thread.sleep(150);
            assertThat(child.isAlive()).as("still rebuilding when killed").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(retort.current().revisions()).extracting(r -> r.id()).containsExactly(firstId);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertThat(Sql.rows(c, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(Sql.rows(c, "SELECT count(*), sum(id) FROM big"))
                    .containsExactly(ROWS + "|" + ((long) ROWS * (ROWS + 1) / 2));
            assertThat(Sql.rows(c, "SELECT name FROM sqlite_master WHERE name LIKE '%retort_tmp%'")).isEmpty();
            assertThat(Sql.rows(c, "SELECT \"notnull\" FROM pragma_table_info('big') WHERE name = 'v'"))
                    .containsExactly("0");
        }

        retort.upgrade("head", line -> { });
        assertThat(retort.current().revisions()).hasSize(1).extracting(r -> r.id()).doesNotContain(firstId);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertThat(Sql.rows(c, "SELECT count(*) FROM big")).containsExactly(String.valueOf(ROWS));
            assertThat(Sql.rows(c, "SELECT \"notnull\" FROM pragma_table_info('big') WHERE name = 'v'"))
                    .containsExactly("1");
        }
        assertThat(List.of()).isEmpty();
    }
}
