package dev.retort.e2e;

import static dev.retort.e2e.ReplayMatchesDatabaseTest.assertReplayEqualsDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline replay equals reality on a real PostgreSQL server: GIN and partial indexes, arrays, JSONB, checks,
 * ON DELETE actions, and a second revision that alters types, defaults, an index method and a foreign key.
 * The comparison and its one normalisation are {@link ReplayMatchesDatabaseTest#comparable}.
 */
class ReplayMatchesDatabaseIT {
    @TempDir
    Path dir;

    @Test
    void fleetSample() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        Retort retort = Projects.retort(Projects.postgres(dir, classes, "dev.retort.sample.fleet", Projects.SNAKE_CASE));
        retort.autogenerate("initial schema");
        SchemaModel replayed = assertReplayEqualsDatabase(retort);
        assertThat(replayed.tableNames()).hasSize(12);
        assertThat(replayed.table("incidents").orElseThrow().index("ix_incidents_open").orElseThrow().where()).isPresent();
    }

    @Test
    void microscopySampleWithItsCommittedMigrations() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.postgres(dir, classes, "dev.retort.sample.microscopy", Projects.SNAKE_CASE);
        ReplayMatchesDatabaseTest.copyMicroscopyMigrations(config);
        SchemaModel replayed = assertReplayEqualsDatabase(new Retort(config));
        assertThat(replayed.tableNames()).containsExactly("gridsquare", "user_preferences");
    }

    @Test
    void evolution() throws Exception {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        RetortConfig v1 = Projects.postgres(dir, classes, "dev.retort.fixtures.pgevolution.v1", Map.of());
        Projects.retort(v1).autogenerate("members");
        Projects.retort(v1).upgrade("head", line -> { });
        RetortConfig v2 = Projects.withEntities(v1, "dev.retort.fixtures.pgevolution.v2");
        Projects.retort(v2).autogenerate("evolve members");
        SchemaModel replayed = assertReplayEqualsDatabase(Projects.retort(v2));
        assertThat(replayed.table("members").orElseThrow().index("ix_members_profile").orElseThrow().method()).isEqualTo("gin");
    }
}
