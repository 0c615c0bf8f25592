package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Difference;
import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RoundTripCases} on a real MariaDB server, and the whole loop for each corpus group that MariaDB can hold:
 * autogenerate, upgrade, check finds no difference, Hibernate's validator accepts the tables, downgrade to base
 * leaves no table or sequence.
 */
class MariaDbRoundTripIT extends RoundTripCases {
    /** What {@code upgrade} says on MariaDB before it runs the first migration. */
    static final String CANNOT_ROLL_BACK_DDL = "Note: this database cannot roll back DDL; a migration that fails midway"
            + " stays partly applied, and the error names the statements that ran";

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    /** Tables, views and sequences (MariaDB lists all three as tables) of the database but the version tables. */
    @Override
    List<String> objectsLeft(Connection c) throws SQLException {
        return Sql.rows(c, "SELECT CONCAT(LOWER(table_type), ' ', table_name) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE()"
                + " AND table_name NOT IN ('retort_version', 'retort_version_checksums')");
    }

    /** MariaDB cannot roll back DDL, and {@code upgrade} says so first. */
    @Override
    List<String> upgradeNotes() {
        return List.of(CANNOT_ROLL_BACK_DDL);
    }

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
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(objectsLeft(c)).isEmpty();
        }
    }
}
