package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's committed microscopy migrations (schema + hand-written seed) on SQLite, PostgreSQL and MariaDB: upgrade
 * head, the seed rows are there, check finds no difference, and downgrade removes the rows, then the tables.
 */
class MicroscopySampleIT {
    @TempDir
    Path dir;

    @Test
    void onSqlite() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        check(Projects.sqlite(dir, classes, "dev.retort.sample.microscopy", Projects.SNAKE_CASE));
    }

    @Test
    void onPostgres() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        check(Projects.postgres(dir, classes, "dev.retort.sample.microscopy", Projects.SNAKE_CASE));
    }

    @Test
    void onMariaDb() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        check(Projects.mariadb(dir, classes, "dev.retort.sample.microscopy", Projects.SNAKE_CASE));
    }

    private static void check(RetortConfig config) throws Exception {
        JavaSources.microscopyMigrations(config.migrationsDir());
        Retort retort = new Retort(config);
        retort.upgrade("head", line -> { });
        assertThat(preferences(config)).containsExactly("0|grid_overlay", "0|theme");
        assertThat(retort.check().differences()).isEmpty();
        assertThat(retort.autogenerate("nothing").hasChanges()).isFalse();
        retort.downgrade("-1", line -> { });
        assertThat(preferences(config)).isEmpty();
        assertThat(retort.databaseModel().tableNames()).containsExactly("gridsquare", "user_preferences");
        retort.downgrade("base", line -> { });
        assertThat(retort.databaseModel().tables()).isEmpty();
    }

    private static List<String> preferences(RetortConfig config) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestDatabase.connect(config); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT user_id, preference_key FROM user_preferences ORDER BY preference_key")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getString(2));
            }
        }
        return rows;
    }
}
