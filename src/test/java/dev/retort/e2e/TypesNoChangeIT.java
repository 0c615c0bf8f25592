package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every type Hibernate maps compares without false positives: after `upgrade head`, autogenerate finds nothing.
 * Differ scenarios 11, 16, 18, 27, 30, 31 on both databases.
 */
class TypesNoChangeIT {
    private static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void everyBasicTypeOnSqlite() throws Exception {
        assertNoChangeAfterUpgrade(Projects.sqlite(dir, CLASSES, "dev.retort.fixtures.types.common", Map.of()));
    }

    @Test
    void everyBasicTypeOnPostgres() throws Exception {
        assertNoChangeAfterUpgrade(Projects.postgres(dir, CLASSES, "dev.retort.fixtures.types.common", Map.of()));
    }

    @Test
    void everyBasicTypeOnMariaDb() throws Exception {
        assertNoChangeAfterUpgrade(Projects.mariadb(dir, CLASSES, "dev.retort.fixtures.types.common", Map.of()));
    }

    @Test
    void postgresOnlyTypesSequencesAndEnums() throws Exception {
        RetortConfig config = Projects.postgres(dir, CLASSES, "dev.retort.fixtures.types.pg", Map.of());
        SchemaModel live = assertNoChangeAfterUpgrade(config);
        assertThat(live.sequences()).extracting(s -> s.name()).contains("pg_types_id_seq", "counters_seq");
        assertThat(live.enumTypes()).extracting(e -> e.name()).containsExactly("mood");
        Retort retort = Projects.retort(config);
        retort.downgrade("base", line -> { });
        assertThat(retort.databaseModel().isEmpty()).isTrue();
    }

    private SchemaModel assertNoChangeAfterUpgrade(RetortConfig config) throws Exception {
        Retort retort = Projects.retort(config);
        Results.Generated first = retort.autogenerate("all types");
        assertThat(first.hasChanges()).isTrue();
        retort.upgrade("head", line -> { });
        Results.Generated again = retort.autogenerate("again");
        assertThat(again.changes()).as("false positives after upgrade").isEmpty();
        return retort.databaseModel();
    }
}
