package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.MigrationBodies;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written migrations: an empty revision filled with bulkInsert/execute, and recovery with stamp. */
class DataMigrationTest {
    @TempDir
    Path dir;

    /** The project {@link #vessels()} made. */
    private RetortConfig config;

    /** A project on an SQLite file with the sample vessel entities. */
    private Retort vessels() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE);
        return Projects.retort(config);
    }

    @Test
    void emptyRevisionEditedIntoADataMigration() throws Exception {
        Retort retort = vessels();
        retort.autogenerate("initial schema");
        retort.upgrade("head", line -> { });

        Results.Generated empty = retort.revision("seed vessels", false);
        Path file = empty.file().orElseThrow();
        String source = Files.readString(file);
        assertThat(source).contains("// nothing to do");
        MigrationBodies.fill(file, "op.bulkInsert(\"vessels_latest\", java.util.List.of(\n"
                + "                row(\"mmsi\", 244123456L, \"name\", \"O'Hara\", \"latitude\", 52.1, \"longitude\", 4.3,"
                + " \"timestamp\", \"2026-01-01 00:00:00\"),\n"
                + "                row(\"mmsi\", 244000001L, \"name\", null, \"latitude\", 0, \"longitude\", 0,"
                + " \"timestamp\", \"2026-01-01 00:00:00\")));",
                "op.execute(\"DELETE FROM vessels_latest WHERE mmsi IN (244123456, 244000001)\");");

        retort.upgrade("head", line -> { });
        assertThat(count()).isEqualTo(2);
        assertThat(name(244123456L)).isEqualTo("O'Hara");
        retort.downgrade("-1", line -> { });
        assertThat(count()).isZero();
        assertThat(retort.current().revisions()).hasSize(1);
    }

    /** The README's data-migration example, pasted as is into an empty revision, compiles (its imports are there). */
    @Test
    void theReadmesBulkInsertExampleCompilesInAnEmptyRevision() throws Exception {
        Retort retort = vessels();
        String example = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("op.bulkInsert(")).findFirst().orElseThrow();
        Path file = retort.revision("seed preferences", false).file().orElseThrow();
        MigrationBodies.fill(file, example, null);
        assertThat(retort.history()).singleElement().satisfies(r -> assertThat(r.message()).isEqualTo("seed preferences"));
    }

    /** SQLite's driver runs only the first statement of a string: every statement of an execute must run. */
    @Test
    void everyStatementOfAnExecuteRuns() throws Exception {
        Retort retort = vessels();
        Path file = retort.revision("audit", false).file().orElseThrow();
        MigrationBodies.fill(file, "op.execute(\"CREATE TABLE audit (note text); INSERT INTO audit VALUES ('a;b');"
                + " INSERT INTO audit VALUES ('c')\");", "op.execute(\"DELETE FROM audit; DROP TABLE audit\");");
        retort.upgrade("head", line -> { });
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT group_concat(note, '|') FROM audit")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("a;b|c");
        }
        retort.downgrade("base", line -> { });
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'audit'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    /**
     * A foreign key added over rows whose parent is missing: SQLite would accept it silently (the table rebuild
     * runs with foreign keys off); the migration fails with the table and the count, and rolls back.
     */
    @Test
    void aForeignKeyOverOrphanRowsFailsWithTheirCount() throws Exception {
        Retort retort = vessels();
        Path tables = retort.revision("tables", false).file().orElseThrow();
        MigrationBodies.fill(tables, "op.execute(\"CREATE TABLE parent (id integer PRIMARY KEY);"
                + " CREATE TABLE child (id integer PRIMARY KEY, parent_id integer);"
                + " INSERT INTO parent VALUES (1);"
                + " INSERT INTO child VALUES (1, 1), (2, 7), (3, 8)\");", null);
        retort.upgrade("head", line -> { });
        String first = retort.current().revisions().get(0).id();
        Path key = retort.revision("key", false).file().orElseThrow();
        MigrationBodies.fill(key, "op.addForeignKey(\"child\", foreignKey(\"fk_child_parent\","
                + " java.util.List.of(\"parent_id\"), \"parent\", java.util.List.of(\"id\")));", null);
        assertThatThrownBy(() -> retort.upgrade("head", line -> { }))
                .hasMessageContaining("2 row(s) of table child refer to rows of parent that do not exist")
                .hasMessageContaining("rolled back");
        assertThat(retort.current().revisions()).extracting(Results.RevisionInfo::id).containsExactly(first);
        assertThat(retort.databaseModel().table("child").orElseThrow().foreignKeys()).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM child")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    /**
     * SQLite rebuilds a table for a changed nullability or an added constraint, and dropping the old table drops its
     * triggers: they are created again (as SQLite's 12-step procedure says), in their current text after a column
     * rename rewrote it, and the view over the table keeps working; going down as well.
     */
    @Test
    void triggersAndViewsSurviveTableRebuilds() throws Exception {
        Retort retort = vessels();
        String sql = "CREATE TABLE orders (id integer PRIMARY KEY, amount integer, note text);"
                + " CREATE TABLE audit (order_id integer, amount integer, note text);"
                + " CREATE TRIGGER orders_audit AFTER INSERT ON orders BEGIN"
                + " INSERT INTO audit VALUES (NEW.id, NEW.amount, NULL); END;"
                + " CREATE TRIGGER \\\"Orders_Changed\\\" AFTER UPDATE OF amount ON orders BEGIN"
                + " INSERT INTO audit VALUES (NEW.id, -NEW.amount, NEW.note); END;"
                + " CREATE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100;"
                + " INSERT INTO orders VALUES (1, 50, 'a'), (2, 500, 'b')";
        Path tables = retort.revision("tables", false).file().orElseThrow();
        MigrationBodies.fill(tables, "op.execute(\"" + sql + "\");", null);
        retort.upgrade("head", line -> { });
        Path change = retort.revision("rebuilds", false).file().orElseThrow();
        MigrationBodies.fill(change,
                "op.alterColumn(\"orders\", column(\"amount\", integer()), column(\"amount\", integer()).notNull());"
                        + " op.renameColumn(\"orders\", \"note\", \"remark\");"
                        + " op.addCheckConstraint(\"orders\", check(\"ck_orders_amount\", \"amount >= 0\"));",
                "op.dropCheckConstraint(\"orders\", check(\"ck_orders_amount\", \"amount >= 0\"));"
                        + " op.renameColumn(\"orders\", \"remark\", \"note\");"
                        + " op.alterColumn(\"orders\", column(\"amount\", integer()).notNull(), column(\"amount\", integer()));");
        retort.upgrade("head", line -> { });
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertThat(Sql.rows(c, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
                    .containsExactly("Orders_Changed", "orders_audit");
            assertThat(Sql.rows(c, "SELECT \"notnull\" FROM pragma_table_info('orders') WHERE name = 'amount'")).containsExactly("1");
            Sql.exec(c, "INSERT INTO orders VALUES (3, 70, 'c')", "UPDATE orders SET amount = 80 WHERE id = 3");
            // the seed rows fired the insert trigger once; the rebuilds' copies of the rows fired nothing
            assertThat(Sql.rows(c, "SELECT order_id, amount, note FROM audit ORDER BY rowid"))
                    .containsExactly("1|50|null", "2|500|null", "3|70|null", "3|-80|c");
            assertThat(Sql.rows(c, "SELECT id FROM big_orders")).containsExactly("2");
            assertThat(Sql.rows(c, "PRAGMA integrity_check")).containsExactly("ok");
        }
        assertThat(retort.databaseModel().triggers()).extracting(t -> t.name()).containsExactly("Orders_Changed", "orders_audit");

        retort.downgrade("-1", line -> { });
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertThat(Sql.rows(c, "SELECT \"notnull\" FROM pragma_table_info('orders') WHERE name = 'amount'")).containsExactly("0");
            Sql.exec(c, "INSERT INTO orders VALUES (4, 90, 'd')", "UPDATE orders SET amount = 95 WHERE id = 4");
            assertThat(Sql.rows(c, "SELECT order_id, amount, note FROM audit WHERE order_id = 4 ORDER BY rowid"))
                    .containsExactly("4|90|null", "4|-95|d");
            assertThat(Sql.rows(c, "SELECT id FROM big_orders")).containsExactly("2");
        }
    }

    /**
     * Five changes to one table that each need a SQLite rebuild copy the rows once, not five times; the result is
     * the same as five rebuilds: types and nullability changed, the check added, and a column dropped and added
     * again under the same name comes back empty, as it would one change at a time.
     */
    @Test
    void consecutiveRebuildsOfATableCopyItsRowsOnce() throws Exception {
        Retort retort = vessels();
        Path tables = retort.revision("tables", false).file().orElseThrow();
        MigrationBodies.fill(tables, "op.createTable(\"items\", column(\"id\", bigint()).notNull(),"
                + " column(\"name\", varchar(20)), column(\"qty\", integer()), column(\"note\", text()),"
                + " primaryKey(\"id\"));", null);
        retort.upgrade("head", line -> { });
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow())) {
            Sql.exec(c, "INSERT INTO items VALUES (1, 'bolt', 5, 'old'), (2, 'nut', 7, 'old')");
        }
        String from = retort.current().revisions().get(0).id();
        Path change = retort.revision("five changes", false).file().orElseThrow();
        MigrationBodies.fill(change, String.join(" ",
                "op.alterColumn(\"items\", column(\"name\", varchar(20)), column(\"name\", varchar(20)).notNull());",
                "op.alterColumn(\"items\", column(\"qty\", integer()), column(\"qty\", bigint()));",
                "op.addCheckConstraint(\"items\", check(\"ck_items_qty\", \"qty >= 0\"));",
                "op.dropColumn(\"items\", column(\"note\", text()));",
                "op.addColumnBefore(\"items\", \"qty\", column(\"note\", text()));",
                "op.addUniqueConstraint(\"items\", unique(\"uq_items_name\", \"name\"));"), null);
        String script = retort.upgradeSql(from + ":head");
        assertThat(script.split("CREATE TABLE \"_retort_tmp_items\"", -1)).as(script).hasSize(2);
        retort.upgrade("head", line -> { });
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow())) {
            assertThat(Sql.rows(c, "SELECT id, name, qty, note FROM items ORDER BY id")).containsExactly("1|bolt|5|null", "2|nut|7|null");
            assertThat(Sql.rows(c, "SELECT name FROM pragma_table_info('items') ORDER BY cid")).containsExactly("id", "name", "note", "qty");
            assertThat(Sql.rows(c, "SELECT sql FROM sqlite_master WHERE name = 'items'")).singleElement().asString()
                    .contains("\"name\" varchar(20) NOT NULL", "\"qty\" bigint", "ck_items_qty", "uq_items_name");
        }
        assertThat(retort.databaseModel().table("items").orElseThrow().uniqueConstraints()).hasSize(1);
    }

    @Test
    void tablesCreatedOutsideRetortAreAdoptedWithStamp() throws Exception {
        Retort retort = vessels();
        String revision = retort.autogenerate("initial schema").revision().orElseThrow();
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE alert_cooldowns (x integer)");
        }
        assertThatThrownBy(() -> retort.upgrade("head", line -> { }))
                .hasMessageContaining("already exists").hasMessageContaining("retort stamp");
        assertThat(retort.current().revisions()).isEmpty();
        assertThat(retort.databaseModel().tableNames()).containsExactly("alert_cooldowns");

        retort.stamp("head");
        assertThat(retort.current().revisions()).extracting(Results.RevisionInfo::id).containsExactly(revision);
        retort.stamp("base");
        assertThat(retort.current().revisions()).isEmpty();
    }

    private int count() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM vessels_latest")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String name(long mmsi) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM vessels_latest WHERE mmsi = " + mmsi)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
