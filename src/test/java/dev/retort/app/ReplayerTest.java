package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.RetortConfig;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replaying hand-written migrations on an empty model, with no database and no URL. */
class ReplayerTest {
    @TempDir
    Path dir;

    private Retort retort() {
        return new Retort(RetortConfig.builder(dir).build());
    }

    private void migration(String id, List<String> parents, String body) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String name = "M20260101_000000_" + id;
        Files.writeString(dir.resolve("migrations").resolve(name + ".java"), "import static dev.retort.migration.Schema.*;\n"
                + "import dev.retort.migration.*;\nimport java.util.List;\n"
                + "@Revision(id = \"" + id + "\", revises = {" + String.join(", ", parents.stream().map(p -> "\"" + p + "\"").toList())
                + "}, created = \"2026-01-01 00:00:00\", message = \"m\")\n"
                + "public final class " + name + " implements Migration {\n"
                + "    public void upgrade(Operations op) {\n" + body + "\n    }\n"
                + "    public void downgrade(Operations op) {\n    }\n}\n");
    }

    @Test
    void rawSqlIsSkippedAndSaidDataIsNoSchemaChange() throws Exception {
        migration("00000000000a", List.of(), "op.createTable(\"t\", column(\"id\", integer()).notNull(), column(\"v\", text()),"
                + " primaryKey(\"id\"));");
        migration("00000000000b", List.of("00000000000a"), "op.bulkInsert(\"t\", List.of(row(\"id\", 1, \"v\", \"x\")));"
                + " op.execute(\"CREATE INDEX ix_t_v ON t (v)\"); op.execute(\"UPDATE t SET v = 'y'\");"
                + " op.addColumn(\"t\", column(\"w\", integer()));");

        Replayer.Replay replay = retort().replay();

        assertThat(replay.heads()).containsExactly("00000000000b");
        assertThat(replay.model().tableNames()).containsExactly("t");
        assertThat(replay.model().table("t").orElseThrow().columnNames()).containsExactly("id", "v", "w");
        assertThat(replay.model().table("t").orElseThrow().indexes()).as("the raw CREATE INDEX is not guessed").isEmpty();
        assertThat(replay.notes()).containsExactly("revision 00000000000b runs raw SQL (op.execute) that cannot be"
                + " replayed; its effect is not in the offline schema");
    }

    @Test
    void everyBranchIsReplayed() throws Exception {
        migration("00000000000a", List.of(), "op.createTable(\"base\", column(\"id\", integer()).notNull(), primaryKey(\"id\"));");
        migration("00000000000b", List.of("00000000000a"), "op.createTable(\"left\", column(\"id\", integer()));");
        migration("00000000000c", List.of("00000000000a"), "op.addColumn(\"base\", column(\"right_side\", text()));");

        Replayer.Replay replay = retort().replay();

        assertThat(replay.heads()).containsExactlyInAnyOrder("00000000000b", "00000000000c");
        assertThat(replay.model().tableNames()).containsExactly("base", "left");
        assertThat(replay.model().table("base").orElseThrow().columnNames()).containsExactly("id", "right_side");
        assertThat(replay.notes()).isEmpty();
    }

    @Test
    void whatCannotBeReplayedFailsNamingTheRevisionAndTheSkippedSql() throws Exception {
        migration("00000000000a", List.of(), "op.execute(\"CREATE TABLE t (id integer)\");");
        migration("00000000000b", List.of("00000000000a"), "op.addColumn(\"t\", column(\"w\", integer()));");

        assertThatThrownBy(() -> retort().replay())
                .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REVISION))
                .hasMessageContaining("Cannot replay revision 00000000000b (M20260101_000000_00000000000b.java)")
                .hasMessageContaining("table t does not exist")
                .hasMessageContaining("the raw SQL of revision 00000000000a was skipped")
                .hasMessageContaining("without --offline");
    }

    @Test
    void aBodyThatThrowsIsNamed() throws Exception {
        migration("00000000000a", List.of(), "throw new IllegalStateException(\"boom\");");

        assertThatThrownBy(() -> retort().replay())
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("M20260101_000000_00000000000a.java (revision 00000000000a) threw java.lang.IllegalStateException: boom");
    }

    @Test
    void noMigrationsIsAnEmptySchema() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Replayer.Replay replay = retort().replay();
        assertThat(replay.model().isEmpty()).isTrue();
        assertThat(replay.heads()).isEmpty();
    }
}
