package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revision ids other than Retort's 12 hex digits, as Alembic users have them ({@code revision --rev-id 001}, ids
 * brought from other histories): accepted wherever a revision is named, with prefix matching.
 */
class RevisionIdsTest {
    @TempDir
    Path dir;

    private CliSession cli;

    @BeforeEach
    void project() throws Exception {
        cli = new CliSession(dir);
    }

    private void revision(String id, String table, String... more) throws Exception {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("revision", "-m", "create " + table,
                "--rev-id", id), java.util.stream.Stream.of(more)).toArray(String[]::new);
        CliSession.Run gen = cli.run(args);
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.revision()).isEqualTo(id);
        String[] bodies = CliSession.table(table);
        cli.fill(gen.file(), bodies[0], bodies[1]);
    }

    @Test
    void idsThatAreNotTwelveHexDigitsWorkEverywhere() throws Exception {
        revision("001", "ports");
        revision("ae1027a6acf", "vessels");
        revision("2024_01_add_users", "users");
        assertThat(Files.readString(cli.migrations().resolve(Files.list(cli.migrations())
                .filter(p -> p.toString().contains("create_users")).findFirst().orElseThrow().getFileName())))
                .contains("id = \"2024_01_add_users\"", "revises = \"ae1027a6acf\"");

        CliSession.Run up = cli.run("upgrade", "ae10");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(up.out()).contains("Running upgrade 001 -> ae1027a6acf");
        assertThat(cli.run("current").out()).contains("ae1027a6acf");
        assertThat(cli.run("upgrade", "+1").code()).isZero();
        assertThat(cli.versionRows()).containsExactly("2024_01_add_users");
        assertThat(cli.run("heads").out()).contains("2024_01_add_users (head), create users");
        assertThat(cli.run("history", "-r", "001:2024").out().lines())
                .containsExactly("ae1027a6acf -> 2024_01_add_users (head), create users",
                        "001 -> ae1027a6acf, create vessels", "<base> -> 001, create ports");
        assertThat(cli.run("show", "2024_01").out()).contains("Rev: 2024_01_add_users (head)", "Parent: ae1027a6acf");
        assertThat(cli.run("downgrade", "-1").code()).isZero();
        assertThat(cli.versionRows()).containsExactly("ae1027a6acf");
        assertThat(cli.run("downgrade", "001").code()).isZero();
        assertThat(cli.tables()).containsExactly("ports");
        assertThat(cli.run("downgrade", "base").code()).isZero();
        assertThat(cli.versionRows()).isEmpty();
        assertThat(cli.run("stamp", "2024_01").code()).isZero();
        assertThat(cli.versionRows()).containsExactly("2024_01_add_users");
    }

    @Test
    void aRevIdThatCannotBeOneIsRefusedAndNothingIsWritten() throws Exception {
        revision("001", "ports");
        for (String bad : new String[] {"head", "a-b", "x:y", "0123456789012345678901234567890123"}) {
            CliSession.Run refused = cli.run("revision", "-m", "bad", "--rev-id", bad);
            assertThat(refused.code()).as(bad).isGreaterThanOrEqualTo(2);
            assertThat(refused.err()).as(bad).contains("is not a revision id", "letters, digits and _")
                    .doesNotContain("\tat ");
        }
        CliSession.Run taken = cli.run("revision", "-m", "again", "--rev-id", "001");
        assertThat(taken.code()).isGreaterThanOrEqualTo(2);
        assertThat(taken.err()).contains("001", "already used");
        try (var files = Files.list(cli.migrations())) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isEqualTo(1);
        }
    }
}
