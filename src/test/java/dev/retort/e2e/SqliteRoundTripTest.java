package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.SchemaModel;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop on the sample entities, on a real SQLite file. */
class SqliteRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void autogenerateUpgradeNoChangesDowngrade() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE);
        Retort retort = Projects.retort(config);

        Results.Generated first = retort.autogenerate("initial schema");
        assertThat(first.file()).isPresent();
        assertThat(migrationFiles(config)).hasSize(1);
        assertThat(first.changes()).hasSize(3);
        String source = Files.readString(first.file().get());
        assertThat(source).contains("op.createTable(\"vessels_latest\"", "op.createTable(\"alerts\"",
                "op.createTable(\"alert_cooldowns\"", "primaryKey(\"mmsi\", \"rule_type\")");

        List<String> progress = new ArrayList<>();
        Results.Migrated up = retort.upgrade("head", progress::add);
        assertThat(up.heads()).containsExactly(first.revision().get());
        assertThat(progress).hasSize(1);

        SchemaModel entities = retort.entityModel();
        SchemaModel live = retort.databaseModel();
        assertThat(live.tableNames()).containsExactly("alert_cooldowns", "alerts", "vessels_latest");
        assertThat(new SchemaDiffer(new DiffOptions(true, false, false)).diff(entities, live).ops()).isEmpty();
        assertThat(live.table("alerts").orElseThrow().indexes()).hasSize(7);
        assertThat(live.table("alert_cooldowns").orElseThrow().primaryKey()).containsExactly("mmsi", "rule_type");

        Results.Generated again = retort.autogenerate("nothing to do");
        assertThat(again.hasChanges()).isFalse();
        assertThat(migrationFiles(config)).hasSize(1);

        Results.Migrated down = retort.downgrade("base", line -> { });
        assertThat(down.heads()).isEmpty();
        assertThat(retort.databaseModel().tables()).isEmpty();
        assertThat(retort.current().revisions()).isEmpty();
    }

    @Test
    void autogenerateRefusesADatabaseBehindHead() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE);
        Retort retort = Projects.retort(config);
        retort.autogenerate("initial schema");
        assertThatThrownBy(() -> retort.autogenerate("second"))
                .hasMessageContaining("Target database is not up to date")
                .hasMessageContaining("retort upgrade head");
        assertThat(migrationFiles(config)).hasSize(1);
    }

    static List<Path> migrationFiles(RetortConfig config) throws Exception {
        try (Stream<Path> files = Files.list(config.migrationsDir())) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
