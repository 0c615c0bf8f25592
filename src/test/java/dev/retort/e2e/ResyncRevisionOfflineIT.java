package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import dev.retort.testing.SqlClients;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision generated to re-sync a drifted database (a column added by hand, dropped by the revision) in offline SQL:
 * every range renders, the script says what it assumes, and piped into the database's own client it brings the
 * drifted database to head, in sync with the entities. On SQLite and PostgreSQL.
 */
class ResyncRevisionOfflineIT {
    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE);
        replaysTheGuideStep(config, script -> SqlClients.sqlite3(dir.resolve("app.db"), script));
    }

    @Test
    void postgres() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.postgres(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE);
        replaysTheGuideStep(config, script -> SqlClients.psql(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow(), script));
    }

    interface Client {
        void run(String script) throws Exception;
    }

    private static void replaysTheGuideStep(RetortConfig config, Client client) throws Exception {
        Retort retort = Projects.retort(config);
        String initial = retort.autogenerate("initial schema").revision().orElseThrow();
        retort.upgrade("head", line -> { });
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow(), config.user().orElse(null),
                config.password().orElse(null))) {
            Sql.exec(c, "ALTER TABLE alerts ADD COLUMN legacy_flag boolean");
        }
        Retort resyncing = Projects.retort(config);
        String resync = resyncing.autogenerate("drop legacy flag").revision().orElseThrow();

        String fromBase = resyncing.upgradeSql("head");
        String note = "note: revision " + resync + " changes what no earlier migration created (column"
                + " alerts.legacy_flag does not exist in the schema they produce)";
        assertThat(fromBase).contains(note).contains("DROP COLUMN \"legacy_flag\"");
        assertThat(resyncing.downgradeSql("head:base")).contains("ADD COLUMN \"legacy_flag\"");
        assertThat(resyncing.checkOffline().notes()).anySatisfy(n -> assertThat(n).contains(note.substring(6)));
        assertThat(resyncing.checkOffline().inSync()).isTrue();

        String rest = resyncing.upgradeSql(initial + ":head");
        assertThat(rest).contains(note).doesNotContain("CREATE TABLE \"alerts\"");
        client.run(rest);
        assertThat(resyncing.current().revisions()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(resync));
        assertThat(resyncing.check().inSync()).as("the drifted database, brought to head by the script").isTrue();
    }
}
