package dev.retort.sample;

import dev.retort.app.Retort;
import dev.retort.junit.RetortAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an application fails its own build when its entities and migrations drift apart: upgrade a scratch
 * database to head, then compare it with the entities. Also checked without a database.
 */
class SchemaDriftTest {
    @TempDir
    Path dir;

    private Retort retort() {
        return Retort.builder()
                .url("jdbc:sqlite:" + dir.resolve("microscopy.db"))
                .migrations(Path.of("microscopy-migrations"))
                .classpath(Path.of("target/classes"))
                .entities("dev.retort.sample.microscopy")
                .hibernateProperty("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
                .build();
    }

    @Test
    void microscopyMigrationsMatchTheEntities() {
        Retort retort = retort();
        retort.upgrade("head");
        RetortAssertions.assertNoDrift(retort);
    }

    @Test
    void microscopyMigrationsMatchTheEntitiesWithoutADatabase() {
        RetortAssertions.assertNoDriftOffline(retort());
    }
}
