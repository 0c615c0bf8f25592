package dev.retort.junit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Retort;
import dev.retort.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift assertion a project puts in its own JUnit 5 suite, on the sample's microscopy migrations. */
class RetortAssertionsTest {
    @TempDir
    Path dir;

    @Test
    void passesInSyncAndFailsWithTheDifferencesOnDrift() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        try (var files = Files.list(Path.of("sample-entities/microscopy-migrations"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(f, migrations.resolve(f.getFileName()));
            }
        }
        Retort.Builder builder = Retort.builder()
                .url("jdbc:sqlite:" + dir.resolve("check.db"))
                .migrations(migrations)
                .classpath(classes)
                .entities("dev.retort.sample.microscopy")
                .hibernateProperty("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        Retort retort = builder.build();
        retort.upgrade("head");

        assertThatCode(() -> RetortAssertions.assertNoDrift(retort)).doesNotThrowAnyException();
        assertThatCode(() -> RetortAssertions.assertNoDriftOffline(retort)).doesNotThrowAnyException();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("check.db"));
             Statement st = c.createStatement()) {
            st.execute("DROP INDEX ix_gridsquare_acquisition_datetime_status");
        }
        assertThatThrownBy(() -> RetortAssertions.assertNoDrift(retort))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Schema drift: 1 difference")
                .hasMessageContaining("ix_gridsquare_acquisition_datetime_status");
    }
}
