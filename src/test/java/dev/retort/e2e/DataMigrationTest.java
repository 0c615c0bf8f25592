package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
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

    @Test
    void emptyRevisionEditedIntoADataMigration() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", SqliteRoundTripTest.SNAKE_CASE);
        Retort retort = Projects.retort(config);
        retort.autogenerate("initial schema");
        retort.upgrade("head", line -> { });

        Results.Generated empty = retort.revision("seed vessels", false);
        Path file = empty.file().orElseThrow();
        String source = Files.readString(file);
        assertThat(source).contains("// nothing to do");
        source = source.replaceFirst("(public void upgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                "$1        op.bulkInsert(\"vessels_latest\", java.util.List.of(\n"
                        + "                row(\"mmsi\", 244123456L, \"name\", \"O'Hara\", \"latitude\", 52.1, \"longitude\", 4.3,"
                        + " \"timestamp\", \"2026-01-01 00:00:00\"),\n"
                        + "                row(\"mmsi\", 244000001L, \"name\", null, \"latitude\", 0, \"longitude\", 0,"
                        + " \"timestamp\", \"2026-01-01 00:00:00\")));");
        source = source.replaceFirst("(public void downgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                "$1        op.execute(\"DELETE FROM vessels_latest WHERE mmsi IN (244123456, 244000001)\");");
        Files.writeString(file, source);

        retort.upgrade("head", line -> { });
        assertThat(count()).isEqualTo(2);
        assertThat(name(244123456L)).isEqualTo("O'Hara");
        retort.downgrade("-1", line -> { });
        assertThat(count()).isZero();
        assertThat(retort.current().revisions()).hasSize(1);
    }

    /** SQLite's driver runs only the first statement of a string: every statement of an execute must run. */
    @Test
    void everyStatementOfAnExecuteRuns() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", SqliteRoundTripTest.SNAKE_CASE);
        Retort retort = Projects.retort(config);
        Path file = retort.revision("audit", false).file().orElseThrow();
        Files.writeString(file, Files.readString(file)
                .replaceFirst("(public void upgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                        "$1        op.execute(\"CREATE TABLE audit (note text); INSERT INTO audit VALUES ('a;b');"
                                + " INSERT INTO audit VALUES ('c')\");")
                .replaceFirst("(public void downgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                        "$1        op.execute(\"DELETE FROM audit; DROP TABLE audit\");"));
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
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", SqliteRoundTripTest.SNAKE_CASE);
        Retort retort = Projects.retort(config);
        Path tables = retort.revision("tables", false).file().orElseThrow();
        Files.writeString(tables, Files.readString(tables)
                .replaceFirst("(public void upgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                        "$1        op.execute(\"CREATE TABLE parent (id integer PRIMARY KEY);"
                                + " CREATE TABLE child (id integer PRIMARY KEY, parent_id integer);"
                                + " INSERT INTO parent VALUES (1);"
                                + " INSERT INTO child VALUES (1, 1), (2, 7), (3, 8)\");"));
        retort.upgrade("head", line -> { });
        String first = retort.current().revisions().get(0).id();
        Path key = retort.revision("key", false).file().orElseThrow();
        Files.writeString(key, Files.readString(key)
                .replaceFirst("(public void upgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                        "$1        op.addForeignKey(\"child\", foreignKey(\"fk_child_parent\","
                                + " java.util.List.of(\"parent_id\"), \"parent\", java.util.List.of(\"id\")));"));
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

    @Test
    void tablesCreatedOutsideRetortAreAdoptedWithStamp() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", SqliteRoundTripTest.SNAKE_CASE);
        Retort retort = Projects.retort(config);
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
