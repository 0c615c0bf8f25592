package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CrossDatabaseIT} for MariaDB: a migration generated on SQLite or PostgreSQL runs on MariaDB and checks clean
 * there, and one generated on MariaDB does the same on PostgreSQL; down to base and up again too. An
 * {@code @Enumerated(STRING)} column is a native {@code enum} on MariaDB and a varchar with a check elsewhere; the
 * same migration makes each ({@link dev.retort.model.ValueList}).
 */
class MariaDbCrossDatabaseIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} generated on {1}, run on {2}")
    @CsvSource({
            "corpus.inheritance, sqlite, mariadb", "corpus.inheritance, postgres, mariadb",
            "corpus.inheritance, mariadb, postgres",
            "corpus.embedded, postgres, mariadb", "corpus.embedded, mariadb, postgres",
            "corpus.collections, postgres, mariadb", "corpus.collections, mariadb, postgres",
            "corpus.types, sqlite, mariadb", "corpus.types, postgres, mariadb", "corpus.types, mariadb, postgres",
            "corpus.names, postgres, mariadb", "corpus.names, mariadb, postgres",
            "corpus.springboot, postgres, mariadb", "corpus.springboot, mariadb, postgres",
            "corpus.defaults, sqlite, mariadb", "corpus.defaults, postgres, mariadb",
            "corpus.defaults, mariadb, postgres",
            "sample.vessels, postgres, mariadb", "sample.vessels, mariadb, postgres",
            "sample.microscopy, postgres, mariadb", "sample.microscopy, mariadb, postgres"})
    void generatedOnOneDatabaseChecksCleanOnAnother(String group, String generatedOn, String runOn) throws Exception {
        run(group, generatedOn, runOn);
    }

    /**
     * An {@code @Enumerated(STRING)} enum that gains a constant and loses one, generated on one database and run on
     * the other, both ways: the drop of the old value list names the check as the other database has it.
     */
    @ParameterizedTest(name = "enum values changed, generated on {0}, run on {1}")
    @CsvSource({"mariadb, postgres", "postgres, mariadb", "mariadb, sqlite", "sqlite, mariadb"})
    void anEnumChangeGeneratedOnOneDatabaseRunsOnAnother(String generatedOn, String runOn) throws Exception {
        String scenario = "dev.retort.fixtures.scenarios.x26_string_enum_values_changed.";
        RetortConfig before = project(generatedOn, HibernateJudge.CLASSES, scenario + "before", Map.of());
        Projects.retort(before).autogenerate("tickets");
        Projects.retort(before).upgrade("head", line -> { });
        RetortConfig after = Projects.withEntities(before, scenario + "after");
        assertThat(Projects.retort(after).autogenerate("statuses").hasChanges()).isTrue();

        RetortConfig target = project(runOn, HibernateJudge.CLASSES, scenario + "after", Map.of());
        try (var files = java.nio.file.Files.list(after.migrationsDir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                java.nio.file.Files.copy(f, target.migrationsDir().resolve(f.getFileName()));
            }
        }
        Retort there = Projects.retort(target);
        there.upgrade("head", line -> { });
        assertThat(there.check().differences()).extracting(dev.retort.app.Difference::message).isEmpty();
        there.downgrade("base", line -> { });
        there.upgrade("head", line -> { });
        assertThat(there.check().differences()).isEmpty();
    }

    private void run(String group, String generatedOn, String runOn) throws Exception {
        boolean sample = group.startsWith("sample.");
        Path classes = sample ? JavaSources.sampleEntities(dir.resolve("classes")) : HibernateJudge.CLASSES;
        String entityPackage = sample ? "dev.retort." + group
                : HibernateJudge.CORPUS + group.substring("corpus.".length());
        Map<String, String> hibernate = sample ? Projects.SNAKE_CASE
                : HibernateJudge.properties(group.substring("corpus.".length()));
        RetortConfig from = project(generatedOn, classes, entityPackage, hibernate);
        RetortConfig to = project(runOn, classes, entityPackage, hibernate);

        Retort target = CrossDatabaseIT.generatedThereRunHere(from, to,
                group + " generated on " + generatedOn + ", checked on " + runOn);
        target.downgrade("base", line -> { });
        assertThat(target.databaseModel().tableNames()).allMatch(n -> n.startsWith("retort_version"));
        target.upgrade("head", line -> { });
        assertThat(target.check().differences()).isEmpty();
    }

    private RetortConfig project(String database, Path classes, String entityPackage, Map<String, String> hibernate)
            throws java.io.IOException {
        Path projectDir = dir.resolve(database);
        return switch (database) {
            case "sqlite" -> Projects.sqlite(projectDir, classes, entityPackage, hibernate);
            case "postgres" -> Projects.postgres(projectDir, classes, entityPackage, hibernate);
            default -> Projects.mariadb(projectDir, classes, entityPackage, hibernate);
        };
    }
}
