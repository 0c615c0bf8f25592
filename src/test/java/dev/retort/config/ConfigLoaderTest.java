package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void precedenceIsFlagThenEnvironmentThenDotEnvThenConfig() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:config.db\nclasspath=build/classes\n"
                + "entities=com.acme.a, com.acme.b\nhibernate.physical_naming_strategy=x.Y\nmigrations=db/migrations\n");
        RetortConfig fromConfig = ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir);
        assertThat(fromConfig.url()).contains("jdbc:sqlite:" + dir.resolve("config.db"));
        assertThat(fromConfig.classpath()).containsExactly(dir.resolve("build/classes"));
        assertThat(fromConfig.entityPackages()).containsExactly("com.acme.a", "com.acme.b");
        assertThat(fromConfig.migrationsDir()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(fromConfig.hibernateProperties()).containsEntry("hibernate.physical_naming_strategy", "x.Y");

        Files.writeString(dir.resolve(".env"), "# local\nexport DATABASE_URL=\"sqlite:///dotenv.db\"\n");
        assertThat(ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir).url()).contains("jdbc:sqlite:" + dir.resolve("dotenv.db"));

        assertThat(ConfigLoader.load(ConfigOverrides.none(), Map.of("DATABASE_URL", "sqlite:///env.db"), dir).url())
                .contains("jdbc:sqlite:" + dir.resolve("env.db"));

        ConfigOverrides flag = new ConfigOverrides(Optional.empty(), Optional.empty(), Optional.of("jdbc:sqlite:flag.db"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(ConfigLoader.load(flag, Map.of("DATABASE_URL", "sqlite:///env.db"), dir).url())
                .contains("jdbc:sqlite:" + dir.resolve("flag.db"));
    }

    @Test
    void libpqUrlsBecomeJdbcWithCredentialsAndAreRedacted() {
        DatabaseUrls.Parsed p = DatabaseUrls.parse("postgresql+psycopg://app:s3cr%40t@db.local:5433/fleet", dir);
        assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/fleet");
        assertThat(p.user()).contains("app");
        assertThat(p.password()).contains("s3cr@t");
        assertThat(DatabaseUrls.redact("postgresql://app:s3cret@host/db")).isEqualTo("postgresql://app:***@host/db")
                .doesNotContain("s3cret");
        assertThat(DatabaseUrls.redact("jdbc:postgresql://h/db?user=a&password=s3cret")).doesNotContain("s3cret");
    }

    @Test
    void missingConfigFileIsAClearError() {
        ConfigOverrides missing = new ConfigOverrides(Optional.empty(), Optional.of(dir.resolve("nope.properties")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> ConfigLoader.load(missing, Map.of(), dir))
                .hasMessageContaining("nope.properties does not exist").hasMessageContaining("retort init");
        assertThatThrownBy(() -> DatabaseUrls.parse("oracle://x/y", dir)).hasMessageContaining("Unsupported database URL");
    }

    @Test
    void renameDetectionIsOnUnlessConfiguredOff() throws Exception {
        assertThat(ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir).detectRenames()).isTrue();
        Files.writeString(dir.resolve("retort.properties"), "detect_renames = FALSE\n");
        RetortConfig off = ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir);
        assertThat(off.detectRenames()).isFalse();
        assertThat(off.withDetectRenames(true).detectRenames()).isTrue();
        Files.writeString(dir.resolve("retort.properties"), "detect_renames=no\n");
        assertThatThrownBy(() -> ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir))
                .hasMessageContaining("detect_renames").hasMessageContaining("'no'").hasMessageContaining("true or false");
    }

    @Test
    void lockTimeoutReadsSecondsMinutesAndHoursAndRefusesAnythingElse() {
        java.nio.file.Path f = java.nio.file.Path.of("retort.properties");
        assertThat(ConfigLoader.duration(f, "lock_timeout", "90")).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(ConfigLoader.duration(f, "lock_timeout", "90s")).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(ConfigLoader.duration(f, "lock_timeout", " 10M ")).isEqualTo(java.time.Duration.ofMinutes(10));
        assertThat(ConfigLoader.duration(f, "lock_timeout", "1h")).isEqualTo(java.time.Duration.ofHours(1));
        for (String bad : new String[] {"", "-1", "ten", "1.5m", "99999999999"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigLoader.duration(f, "lock_timeout", bad))
                    .as(bad).isInstanceOf(dev.retort.error.RetortException.class).hasMessageContaining("90s, 10m");
        }
    }

    @Test
    void theMigrationsPackageComesFromTheFlagThenTheConfigAndMustBeAPackageName() throws Exception {
        assertThat(ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir).migrationsPackage()).isEmpty();
        Files.writeString(dir.resolve("retort.properties"), "migrations_package=com.acme.db.migrations\n");
        assertThat(ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir).migrationsPackage())
                .contains("com.acme.db.migrations");
        ConfigOverrides flag = new ConfigOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("org.app.m"));
        assertThat(ConfigLoader.load(flag, Map.of(), dir).migrationsPackage()).contains("org.app.m");
        for (String bad : new String[] {"com..acme", "com.acme.", "1db", "com.acme-db"}) {
            Files.writeString(dir.resolve("retort.properties"), "migrations_package=" + bad + "\n");
            assertThatThrownBy(() -> ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir)).as(bad)
                    .isInstanceOf(dev.retort.error.RetortException.class)
                    .hasMessageContaining("'" + bad + "'").hasMessageContaining("com.acme.db.migrations");
        }
    }
}
