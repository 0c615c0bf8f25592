package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetortConfigBuilderTest {
    @TempDir
    Path dir;

    /** Every component set to something other than its default. */
    private RetortConfig everythingSet() {
        return new RetortConfig(dir, Optional.of("jdbc:postgresql://db/app"), Optional.of("app"), Optional.of("s3cret"),
                List.of(dir.resolve("classes")), List.of("com.acme.model"), dir.resolve("db/migrations"), "versions",
                Map.of("hibernate.show_sql", "true"), new TableFilter(List.of("app_*"), List.of("app_tmp")), false,
                Duration.ofSeconds(30), Optional.of("com.acme.db"), Optional.of("application.yml"));
    }

    @Test
    void theDefaultsAreWhatTheLoaderResolvesForAnEmptyProject() {
        assertThat(RetortConfig.builder(dir).build()).isEqualTo(ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir));
    }

    @Test
    void eachSetterSetsItsComponent() {
        RetortConfig built = RetortConfig.builder(dir).url("jdbc:postgresql://db/app").user("app").password("s3cret")
                .classpath(dir.resolve("classes")).entityPackages("com.acme.model")
                .migrationsDir(dir.resolve("db/migrations")).versionTable("versions")
                .hibernateProperties(Map.of("hibernate.show_sql", "true"))
                .tables(new TableFilter(List.of("app_*"), List.of("app_tmp"))).detectRenames(false)
                .lockTimeout(Duration.ofSeconds(30)).migrationsPackage("com.acme.db")
                .applicationSettings(Optional.of("application.yml")).build();
        assertThat(built).isEqualTo(everythingSet());
    }

    @Test
    void toBuilderCopiesEveryComponent() {
        RetortConfig config = everythingSet();
        assertThat(config.toBuilder().build()).isEqualTo(config);
        assertThat(config.toBuilder().entityPackages("com.acme.other").build())
                .isEqualTo(new RetortConfig(config.projectDir(), config.url(), config.user(), config.password(),
                        config.classpath(), List.of("com.acme.other"), config.migrationsDir(), config.versionTable(),
                        config.hibernateProperties(), config.tables(), config.detectRenames(), config.lockTimeout(),
                        config.migrationsPackage(), config.applicationSettings()));
    }
}
