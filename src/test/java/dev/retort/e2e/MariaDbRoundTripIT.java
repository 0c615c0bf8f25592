package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Difference;
import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole loop on a real MariaDB server for each corpus group that MariaDB can hold: autogenerate, upgrade, check
 * finds no difference, Hibernate's validator accepts the tables, downgrade to base leaves no table or sequence.
 */
class MariaDbRoundTripIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"types", "names", "embedded", "collections", "inheritance", "defaults", "springboot"})
    void roundTrip(String group) throws Exception {
        String entityPackage = HibernateJudge.CORPUS + group;
        Map<String, String> hibernate = HibernateJudge.properties(group);
        RetortConfig config = Projects.mariadb(dir, HibernateJudge.CLASSES, entityPackage, hibernate);
        Retort retort = Projects.retort(config);

        Results.Generated first = retort.autogenerate("initial schema");
        assertThat(first.file()).isPresent();
        retort.upgrade("head", line -> { });
        assertThat(retort.check().differences().stream().map(Difference::message).toList())
                .as("check after upgrade head").isEmpty();
        assertThat(retort.autogenerate("again").hasChanges()).isFalse();

        // the types group holds a @Lob byte[], which Hibernate sizes by its length (255 by default: a tinyblob)
        HibernateValidation.validate(HibernateJudge.CLASSES, entityPackage, config, HibernateValidation.MARIADB,
                hibernate);

        retort.downgrade("base", line -> { });
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow())) {
            assertThat(dev.retort.testing.Sql.rows(c, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE()"
                    + " AND table_name NOT IN ('retort_version', 'retort_version_checksums')")).isEmpty();
        }
    }

    /** The sample applications that use nothing PostgreSQL alone has (fleet's GIN indexes and arrays do). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev.retort.sample.microscopy", "dev.retort.sample.vessels"})
    void samples(String entityPackage) throws Exception {
        Path classes = dev.retort.testing.JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.mariadb(dir, classes, entityPackage, Projects.SNAKE_CASE);
        Retort retort = Projects.retort(config);
        retort.autogenerate("initial schema");
        retort.upgrade("head", line -> { });
        assertThat(retort.check().differences().stream().map(Difference::message).toList())
                .as("check after upgrade head").isEmpty();
        HibernateValidation.validate(classes, entityPackage, config, HibernateValidation.MARIADB,
                Projects.SNAKE_CASE);
        retort.downgrade("base", line -> { });
        assertThat(retort.databaseModel().tables()).isEmpty();
    }
}
