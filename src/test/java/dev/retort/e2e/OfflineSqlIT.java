package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.MariaDbServer;
import dev.retort.testing.Models;
import dev.retort.testing.PostgresServer;
import dev.retort.testing.Projects;
import dev.retort.testing.SqlClients;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `upgrade --sql` piped into the database's own client gives the same schema and version table as
 * `upgrade head`; `downgrade head:base --sql` takes it back to nothing.
 */
class OfflineSqlIT {
    @TempDir
    Path dir;

    @Test
    void sqliteScriptEqualsOnlineUpgrade() throws Exception {
        // two revisions, the second needing SQLite table rebuilds (column type, NOT NULL, dropped column)
        Path evolution = Path.of("target/test-classes").toAbsolutePath();
        RetortConfig online = evolvedOnline(Projects.sqlite(dir.resolve("online"), evolution,
                "dev.retort.fixtures.evolution.v1", java.util.Map.of()));
        Retort retort = Projects.retort(online);

        RetortConfig offline = online.toBuilder().url("jdbc:sqlite:" + dir.resolve("offline.db")).build();
        Retort scripted = new Retort(offline);
        String up = scripted.upgradeSql("head");
        assertThat(up).contains("BEGIN;", "CREATE TABLE \"customers\"", "_retort_tmp_customers",
                "INSERT INTO \"retort_version\"", "UPDATE \"retort_version\"", "COMMIT;");
        assertThat(Files.exists(dir.resolve("offline.db"))).as("--sql touches no database").isFalse();
        SqlClients.sqlite3(dir.resolve("offline.db"), up);

        assertThat(scripted.databaseModel()).isEqualTo(retort.databaseModel());
        assertThat(scripted.current().revisions()).isEqualTo(retort.current().revisions());

        SqlClients.sqlite3(dir.resolve("offline.db"), scripted.downgradeSql("head:base"));
        assertThat(scripted.databaseModel().tables()).isEmpty();
        assertThat(scripted.current().revisions()).isEmpty();
    }

    @Test
    void postgresScriptEqualsOnlineUpgrade() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig online = Projects.postgres(dir.resolve("online"), classes, "dev.retort.sample.fleet", Projects.SNAKE_CASE);
        Retort retort = Projects.retort(online);
        retort.autogenerate("fleet");
        retort.upgrade("head", line -> { });

        PostgresServer.Database db = PostgresServer.newDatabase();
        RetortConfig offline = Projects.onDatabase(online.toBuilder(), db).build();
        Retort scripted = new Retort(offline);
        SqlClients.psql(db.url(), db.user(), db.password(), scripted.upgradeSql("head"));
        assertThat(Models.ignoringColumnOrder(scripted.databaseModel()))
                .isEqualTo(Models.ignoringColumnOrder(retort.databaseModel()));
        assertThat(scripted.current().revisions()).isEqualTo(retort.current().revisions());
        SqlClients.psql(db.url(), db.user(), db.password(), scripted.downgradeSql("head:base"));
        assertThat(scripted.databaseModel().tables()).isEmpty();
    }

    /** Two revisions of ALTER TABLE statements, each committing on its own, run by MariaDB's own client. */
    @Test
    void mariaDbScriptEqualsOnlineUpgrade() throws Exception {
        Path evolution = Path.of("target/test-classes").toAbsolutePath();
        RetortConfig online = evolvedOnline(Projects.mariadb(dir.resolve("online"), evolution,
                "dev.retort.fixtures.evolution.v1", java.util.Map.of()));
        Retort retort = Projects.retort(online);

        MariaDbServer.Database db = MariaDbServer.newDatabase();
        RetortConfig offline = online.toBuilder().url(db.url()).user(db.user()).password(db.password()).build();
        Retort scripted = new Retort(offline);
        String up = scripted.upgradeSql("head");
        assertThat(up).contains("CREATE TABLE `customers`", "ALTER TABLE `customers`", "INSERT INTO `retort_version`",
                "UPDATE `retort_version`");
        SqlClients.mariadb(db.url(), db.user(), db.password(), up);
        assertThat(Models.ignoringColumnOrder(scripted.databaseModel()))
                .isEqualTo(Models.ignoringColumnOrder(retort.databaseModel()));
        assertThat(scripted.current().revisions()).isEqualTo(retort.current().revisions());

        SqlClients.mariadb(db.url(), db.user(), db.password(), scripted.downgradeSql("head:base"));
        assertThat(scripted.databaseModel().tables()).isEmpty();
        assertThat(scripted.current().revisions()).isEmpty();
    }

    /**
     * The evolution fixture's two revisions generated and applied online, from {@code v1}'s entities to v2's: the
     * second needs SQLite's table rebuilds (a column's type, NOT NULL, a dropped column). Gives v2's project.
     */
    private static RetortConfig evolvedOnline(RetortConfig v1) throws java.io.IOException {
        Projects.retort(v1).autogenerate("customers");
        Projects.retort(v1).upgrade("head", line -> { });
        RetortConfig online = Projects.withEntities(v1, "dev.retort.fixtures.evolution.v2");
        Retort retort = Projects.retort(online);
        retort.autogenerate("evolve customers");
        retort.upgrade("head", line -> { });
        return online;
    }
}
