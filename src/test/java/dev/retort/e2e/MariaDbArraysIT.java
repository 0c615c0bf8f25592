package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Difference;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB has no arrays: an array column ({@code String[]}, {@code Integer[]}) is a {@code json} column there, as
 * Hibernate's MariaDBDialect keeps it (a JSON array), from the same migration that makes PostgreSQL's array type.
 */
class MariaDbArraysIT {
    private static final String PACKAGE = "dev.retort.fixtures.types.arrays";

    @TempDir
    Path dir;

    @Test
    void anArrayIsAJsonColumnThatHibernateValidates() throws Exception {
        RetortConfig config = Projects.mariadb(dir, HibernateJudge.CLASSES, PACKAGE, Map.of());
        Retort retort = Projects.retort(config);
        assertThat(retort.autogenerate("arrays").hasChanges()).isTrue();
        retort.upgrade("head", line -> { });
        assertThat(retort.check().differences().stream().map(Difference::message).toList()).isEmpty();
        HibernateValidation.validate(HibernateJudge.CLASSES, PACKAGE, config, HibernateValidation.MARIADB, Map.of());
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow()); var st = c.createStatement()) {
            st.execute("INSERT INTO tagged (id, labels, scores) VALUES (1, '[\"a\",\"b\"]', '[1,2]')");
            try (var rs = st.executeQuery("SELECT DATA_TYPE FROM information_schema.COLUMNS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tagged' AND COLUMN_NAME = 'labels'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("longtext"); // MariaDB's json
            }
        }
    }

    @Test
    void aMigrationWithArraysGeneratedOnPostgresChecksCleanOnMariaDb() throws Exception {
        RetortConfig postgres = Projects.postgres(dir.resolve("pg"), HibernateJudge.CLASSES, PACKAGE, Map.of());
        RetortConfig mariadb = Projects.mariadb(dir.resolve("maria"), HibernateJudge.CLASSES, PACKAGE, Map.of());
        CrossDatabaseIT.generatedThereRunHere(postgres, mariadb, "arrays generated on postgres, checked on mariadb");
        RetortConfig back = Projects.postgres(dir.resolve("pg2"), HibernateJudge.CLASSES, PACKAGE, Map.of());
        RetortConfig from = Projects.mariadb(dir.resolve("maria2"), HibernateJudge.CLASSES, PACKAGE, Map.of());
        CrossDatabaseIT.generatedThereRunHere(from, back, "arrays generated on mariadb, checked on postgres");
    }
}
