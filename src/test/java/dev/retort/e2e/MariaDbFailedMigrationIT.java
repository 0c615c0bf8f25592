package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import dev.retort.testing.Sql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that fails midway on MariaDB, which cannot roll back DDL: every statement before the failed one has
 * committed on its own. {@code upgrade} says so before it runs anything, and its error lists the statements of the
 * migration that ran and stay, what the version table records, and the two ways to recover, each of which is
 * followed here to show that it works.
 */
class MariaDbFailedMigrationIT {
    private static final String FIRST = "000000000001";
    private static final String SECOND = "000000000002";

    @TempDir
    Path dir;

    @Test
    void aMigrationFailingAtItsThirdStatementLeavesTheFirstTwoAndTheVersionTableAtThePreviousRevision()
            throws Exception {
        RetortConfig config = project(
                "op.createTable(\"shipments\", column(\"id\", bigint()).notNull(), column(\"code\", varchar(20)),"
                        + " primaryKey(\"id\"));\n"
                        + "op.createIndex(\"shipments\", index(\"ix_shipments_code\", \"code\"));\n"
                        + "op.execute(\"THIS IS NOT SQL\");\n"
                        + "op.createTable(\"never\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));");
        List<String> output = new ArrayList<>();

        assertThatThrownBy(() -> new Retort(config).upgrade("head", output::add))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("Migration " + SECOND + " (M2.java) failed during upgrade at step execute")
                .hasMessageContaining("THIS IS NOT SQL")
                .hasMessageContaining("This database cannot roll back DDL, so the migration is partly applied:"
                        + " 2 statements of it ran and stay: (1) CREATE TABLE `shipments`")
                .hasMessageContaining("; (2) CREATE INDEX `ix_shipments_code` ON `shipments`")
                .hasMessageContaining("The version table still records " + FIRST + ".")
                .hasMessageContaining("Either undo those 2 statements by hand")
                .hasMessageContaining("`retort stamp " + SECOND + "`")
                .message().doesNotContain("never");

        // said before anything ran, and the first migration ran whole
        assertThat(output).first().isEqualTo(MariaDbRoundTripIT.CANNOT_ROLL_BACK_DDL);
        assertThat(output).filteredOn(line -> line.startsWith("Running upgrade")).hasSize(2);
        assertThat(new Retort(config).current().revisions()).extracting(r -> r.id()).containsExactly(FIRST);
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(Sql.rows(c, "SELECT version_num FROM retort_version")).containsExactly(FIRST);
            assertThat(tables(c)).containsExactly("retort_version", "retort_version_checksums", "shipments", "warehouses");
            assertThat(Sql.rows(c, "SELECT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                    + " AND table_name = 'shipments' ORDER BY index_name")).containsExactly("ix_shipments_code", "PRIMARY");
        }

        // the first way out: undo what ran by hand, fix the migration, run it again
        try (Connection c = TestDatabase.connect(config)) {
            Sql.exec(c, "DROP TABLE shipments");
        }
        writeSecond(config, "op.createTable(\"shipments\", column(\"id\", bigint()).notNull(),"
                + " column(\"code\", varchar(20)), primaryKey(\"id\"));\n"
                + "op.createIndex(\"shipments\", index(\"ix_shipments_code\", \"code\"));\n"
                + "op.createTable(\"never\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));");
        new Retort(config).upgrade("head", line -> { });
        assertThat(new Retort(config).current().revisions()).extracting(r -> r.id()).containsExactly(SECOND);
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(tables(c)).containsExactly("never", "retort_version", "retort_version_checksums", "shipments",
                    "warehouses");
        }
    }

    @Test
    void finishingAFailedMigrationByHandAndStampingItIsWhatTheMessageSays() throws Exception {
        RetortConfig config = project(
                "op.createTable(\"shipments\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));\n"
                        + "op.addColumn(\"shipments\", column(\"code\", varchar(20)));\n"
                        + "op.execute(\"ALTER TABLE no_such_table ADD COLUMN x int\");");
        assertThatThrownBy(() -> new Retort(config).upgrade("head", line -> { }))
                .hasMessageContaining("2 statements of it ran and stay")
                .hasMessageContaining("The version table still records " + FIRST + ".");
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(Sql.rows(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND table_name = 'shipments' ORDER BY ordinal_position")).containsExactly("id", "code");
        }

        // the second way out: the failed statement had nothing to do, so the migration is finished; record it
        new Retort(config).stamp(SECOND);
        assertThat(new Retort(config).current().revisions()).extracting(r -> r.id()).containsExactly(SECOND);
        new Retort(config).downgrade("base", line -> { });
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(tables(c)).containsExactly("retort_version", "retort_version_checksums");
        }
    }

    @Test
    void rowsInsertedAfterTheLastDdlStatementAreRolledBackAndTheMessageSaysSo() throws Exception {
        // the last insert breaks the primary key
        RetortConfig config = project(
                "op.execute(\"INSERT INTO warehouses (id) VALUES (7)\");\n"
                        + "op.createTable(\"shipments\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));\n"
                        + "op.execute(\"INSERT INTO shipments (id) VALUES (1)\");\n"
                        + "op.execute(\"INSERT INTO shipments (id) VALUES (2)\");\n"
                        + "op.execute(\"INSERT INTO shipments (id) VALUES (1)\");");
        assertThatThrownBy(() -> new Retort(config).upgrade("head", line -> { }))
                .hasMessageContaining("This database cannot roll back DDL, so the migration is partly applied:"
                        + " 2 statements of it ran and stay: (1) INSERT INTO warehouses (id) VALUES (7);"
                        + " (2) CREATE TABLE `shipments`")
                .hasMessageContaining(". The 2 statements after them changed rows only and were rolled back:"
                        + " (3) INSERT INTO shipments (id) VALUES (1); (4) INSERT INTO shipments (id) VALUES (2).")
                .hasMessageContaining("The version table still records " + FIRST + ".");
        try (Connection c = TestDatabase.connect(config)) {
            // the row inserted before the CREATE TABLE was committed with it; the rows after it were not
            assertThat(Sql.rows(c, "SELECT id FROM warehouses")).containsExactly("7");
            assertThat(Sql.rows(c, "SELECT id FROM shipments")).isEmpty();
            assertThat(Sql.rows(c, "SELECT version_num FROM retort_version")).containsExactly(FIRST);
        }
    }

    /** An op MariaDB cannot perform is refused before any statement of its migration runs. */
    @Test
    void anOpMariaDbCannotPerformIsRefusedBeforeTheMigrationStarts() throws Exception {
        RetortConfig config = project(
                "op.createTable(\"shipments\", column(\"id\", bigint()).notNull(), column(\"code\", varchar(20)),"
                        + " primaryKey(\"id\"));\n"
                        + "op.createIndex(\"shipments\", index(\"ix_shipments_code\", \"code\").where(\"code IS NOT NULL\"));");
        assertThatThrownBy(() -> new Retort(config).upgrade("head", line -> { }))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("Migration " + SECOND + " (M2.java) cannot run on this database, and nothing of it"
                        + " ran: index ix_shipments_code on shipments has a predicate")
                .hasMessageContaining("MariaDB has no partial indexes");
        assertThat(new Retort(config).current().revisions()).extracting(r -> r.id()).containsExactly(FIRST);
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(Sql.rows(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_name = 'shipments'")).isEmpty();
        }
    }

    @Test
    void aMigrationWhoseOnlyStatementsBeforeTheFailureChangedRowsLeavesNothing() throws Exception {
        // a data migration whose second insert breaks the primary key
        RetortConfig config = project("op.execute(\"INSERT INTO warehouses (id) VALUES (7)\");\n"
                + "op.execute(\"INSERT INTO warehouses (id) VALUES (7)\");");
        assertThatThrownBy(() -> new Retort(config).upgrade("head", line -> { }))
                .hasMessageContaining("The statement of it that ran before the failed one changed rows only and was"
                        + " rolled back: (1) INSERT INTO warehouses (id) VALUES (7). Nothing of it was applied; the"
                        + " database is still at " + FIRST + ", and earlier migrations stay applied.")
                .message().doesNotContain("partly applied");
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(Sql.rows(c, "SELECT id FROM warehouses")).isEmpty();
            assertThat(Sql.rows(c, "SELECT version_num FROM retort_version")).containsExactly(FIRST);
        }
    }

    @Test
    void aFailedDowngradeSaysToStampTheRevisionItWasGoingTo() throws Exception {
        RetortConfig config = project("op.createTable(\"shipments\", column(\"id\", bigint()).notNull(),"
                + " primaryKey(\"id\"));");
        Files.writeString(config.migrationsDir().resolve("M2.java"), migration("M2", SECOND, FIRST,
                "op.createTable(\"shipments\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
                "op.execute(\"DROP TABLE shipments\");\nop.execute(\"THIS IS NOT SQL\");"));
        new Retort(config).upgrade("head", line -> { });
        assertThatThrownBy(() -> new Retort(config).downgrade("-1", line -> { }))
                .hasMessageContaining("failed during downgrade")
                .hasMessageContaining("1 statement of it ran and stays: (1) DROP TABLE shipments.")
                .hasMessageContaining("The version table still records " + SECOND + ".")
                .hasMessageContaining("Either undo that statement by hand")
                .hasMessageContaining("record it with `retort stamp " + FIRST + "`");

        new Retort(config).stamp(FIRST);
        assertThat(new Retort(config).current().revisions()).extracting(r -> r.id()).containsExactly(FIRST);
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(tables(c)).containsExactly("retort_version", "retort_version_checksums", "warehouses");
        }
    }

    /**
     * A project on a fresh MariaDB database with two migrations: {@code M1} creates the table {@code warehouses},
     * {@code M2} runs {@code secondUpgrade} (its downgrade drops what a fixed version of it creates).
     */
    private RetortConfig project(String secondUpgrade) throws Exception {
        RetortConfig config = TestDatabase.MARIADB.project(dir, dir, "none", Map.of());
        Files.writeString(config.migrationsDir().resolve("M1.java"), migration("M1", FIRST, "",
                "op.createTable(\"warehouses\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
                "op.dropTable(\"warehouses\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));"));
        writeSecond(config, secondUpgrade);
        return config;
    }

    private static void writeSecond(RetortConfig config, String upgrade) throws Exception {
        Files.writeString(config.migrationsDir().resolve("M2.java"), migration("M2", SECOND, FIRST, upgrade,
                "op.execute(\"DROP TABLE IF EXISTS never\");\nop.execute(\"DROP TABLE shipments\");"));
    }

    private static String migration(String name, String id, String parent, String upgrade, String downgrade) {
        return "import static dev.retort.migration.Schema.*;\n"
                + "import dev.retort.migration.*;\n"
                + "@Revision(id = \"" + id + "\", revises = {" + (parent.isEmpty() ? "" : "\"" + parent + "\"") + "},"
                + " message = \"" + name + "\")\n"
                + "public final class " + name + " implements Migration {\n"
                + "    public void upgrade(Operations op) {\n" + upgrade + "\n    }\n"
                + "    public void downgrade(Operations op) {\n" + downgrade + "\n    }\n}\n";
    }

    private static List<String> tables(Connection c) throws Exception {
        return Sql.rows(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " ORDER BY table_name");
    }
}
