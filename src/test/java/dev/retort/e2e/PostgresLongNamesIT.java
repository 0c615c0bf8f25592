package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Difference;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL keeps the first 63 bytes of an identifier and drops the rest: names longer than that are matched as
 * the server stores them, so the schema checks clean, a second autogenerate finds nothing, and the downgrade drops
 * what the upgrade created.
 */
class PostgresLongNamesIT {
    @TempDir
    Path dir;

    @Test
    void namesLongerThanPostgresKeepsCheckCleanAndGoDownAgain() throws Exception {
        RetortConfig config = Projects.postgres(dir, HibernateJudge.CLASSES, "dev.retort.fixtures.longnames", Map.of());
        Retort retort = Projects.retort(config);
        assertThat(retort.autogenerate("long names").hasChanges()).isTrue();
        retort.upgrade("head", line -> { });
        var stored = retort.databaseModel().tables();
        assertThat(stored).singleElement().satisfies(t -> {
            assertThat(t.name().getBytes(StandardCharsets.UTF_8)).hasSize(63);
            assertThat(t.columnNames()).allMatch(c -> c.replace("\"", "").getBytes(StandardCharsets.UTF_8).length <= 63);
        });
        assertThat(retort.check().differences()).extracting(Difference::message).isEmpty();
        assertThat(retort.autogenerate("again").changes()).isEmpty();
        retort.downgrade("base", line -> { });
        assertThat(retort.databaseModel().tables()).isEmpty();
    }
}
