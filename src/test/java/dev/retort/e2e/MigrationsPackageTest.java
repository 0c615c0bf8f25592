package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrations_package}: generated migrations declare it, run from it, and later ones keep it unasked. */
class MigrationsPackageTest {
    @TempDir
    Path dir;

    @Test
    void newMigrationsDeclareThePackageAndLaterOnesFollowIt() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig plain = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE);
        Retort configured = Projects.retort(plain.withMigrationsPackage(Optional.of("com.acme.db.migrations")));
        Path first = configured.autogenerate("initial schema").file().orElseThrow();
        assertThat(Files.readString(first)).startsWith("package com.acme.db.migrations;\n");
        configured.upgrade("head", line -> { });
        assertThat(configured.current().revisions()).hasSize(1);

        // no key: the package of the migrations already there
        Path second = Projects.retort(plain).revision("backfill", false).file().orElseThrow();
        assertThat(Files.readString(second)).startsWith("package com.acme.db.migrations;\n");
        Projects.retort(plain).upgrade("head", line -> { });
        assertThat(Projects.retort(plain).current().revisions()).singleElement()
                .satisfies(r -> assertThat(r.message()).isEqualTo("backfill"));
    }

    /**
     * Migrations kept in the application's sources, in the package's own folder: the first autogenerate creates the
     * folder (the starter's set-up, docs/spring-boot.md); any other missing directory is still a mistake.
     */
    @Test
    void thePackagesSourceFolderIsCreatedByTheFirstMigration() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig plain = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE);
        Path folder = dir.resolve("app/src/main/java/com/acme/db/migrations");
        RetortConfig inSources = plain.toBuilder().migrationsDir(folder).migrationsPackage("com.acme.db.migrations")
                .build();
        assertThat(Projects.retort(inSources).current().revisions()).isEmpty();
        Path first = Projects.retort(inSources).autogenerate("initial schema").file().orElseThrow();
        assertThat(first.getParent()).isEqualTo(folder);
        assertThat(Files.readString(first)).startsWith("package com.acme.db.migrations;\n");

        RetortConfig mistyped = inSources.toBuilder()
                .migrationsDir(dir.resolve("app/src/main/java/com/acme/db/migratoins")).build();
        assertThatThrownBy(() -> Projects.retort(mistyped).autogenerate("again"))
                .hasMessageContaining("migratoins does not exist");
    }
}
