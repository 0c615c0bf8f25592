package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration generated against PostgreSQL (GIN indexes, JSONB, arrays) also runs on SQLite. */
class SameMigrationsOnBothIT {
    @TempDir
    Path dir;

    @Test
    void fleetMigrationGeneratedOnPostgresRunsOnSqlite() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig pg = Projects.postgres(dir.resolve("pg"), classes, "dev.retort.sample.fleet", Projects.SNAKE_CASE);
        Projects.retort(pg).autogenerate("fleet schema");

        RetortConfig sqlite = Projects.sqlite(dir.resolve("lite"), classes, "dev.retort.sample.fleet", Projects.SNAKE_CASE);
        try (var files = Files.list(pg.migrationsDir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(f, sqlite.migrationsDir().resolve(f.getFileName()));
            }
        }
        Retort lite = new Retort(sqlite);
        lite.upgrade("head", line -> { });
        SchemaModel live = lite.databaseModel();
        assertThat(live.tableNames()).hasSize(12);
        // SQLite has one kind of index: the GIN index is a plain one there, the partial index keeps its predicate
        assertThat(live.table("incidents").orElseThrow().index("ix_incidents_location").orElseThrow().columns())
                .containsExactly("location");
        assertThat(live.table("incidents").orElseThrow().index("ix_incidents_open").orElseThrow().where()
                .map(String::toLowerCase)).isEqualTo(Optional.of("deleted_at is null"));
        lite.downgrade("base", line -> { });
        assertThat(lite.databaseModel().tables()).isEmpty();
    }
}
