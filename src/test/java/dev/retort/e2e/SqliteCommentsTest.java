package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite keeps no comments, so the {@code fixtures.comments} entities must not look changed after an upgrade,
 * nor when only their comments change (PostgreSQL's half of differ scenario 64 is {@code PostgresCommentsIT}).
 */
class SqliteCommentsTest {
    @TempDir
    Path dir;

    @Test
    void commentsGiveNoFalsePositives() throws Exception {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        RetortConfig v1 = Projects.sqlite(dir, classes, "dev.retort.fixtures.comments.v1", Map.of());
        Retort r1 = Projects.retort(v1);
        String source = Files.readString(r1.autogenerate("ships and ports").file().orElseThrow());
        // the migration keeps the comments, so it gives them to a database that has comments
        assertThat(source).contains("comment(\"Ships we track\")", ".comment(\"Radio call sign\")");
        r1.upgrade("head", line -> { });
        SchemaModel live = r1.databaseModel();
        assertThat(live.tableNames()).containsExactly("berths", "ports", "vessels");
        assertThat(live.tables()).allSatisfy(t -> {
            assertThat(t.comment()).isEmpty();
            assertThat(t.columns()).allSatisfy(c -> assertThat(c.comment()).isEmpty());
        });
        assertThat(r1.autogenerate("again").hasChanges()).isFalse();

        RetortConfig v2 = Projects.withEntities(v1, "dev.retort.fixtures.comments.v2");
        assertThat(Projects.retort(v2).autogenerate("reword comments").hasChanges()).isFalse();
    }
}
