package dev.retort.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw SQL split as SQLite runs it, and every statement of it run on a real file. */
class SqliteScriptTest {
    @TempDir
    Path dir;

    @Test
    void semicolonsInsideStringsQuotesCommentsAndTriggerBodiesDoNotSplit() {
        String sql = "CREATE TABLE \"a;b\" (x); -- first; still a comment\n"
                + "INSERT INTO \"a;b\" VALUES ('it''s; fine'), ([x;y]);\n"
                + "/* a; comment */ CREATE TEMP TRIGGER t AFTER INSERT ON \"a;b\" BEGIN\n"
                + "  UPDATE \"a;b\" SET x = CASE WHEN x = 1 THEN 2 ELSE x END; SELECT 1;\nEND;;\n"
                + "DELETE FROM `a;b` -- no semicolon at the end";
        assertThat(SqliteScript.split(sql)).containsExactly(
                "CREATE TABLE \"a;b\" (x)",
                "-- first; still a comment\nINSERT INTO \"a;b\" VALUES ('it''s; fine'), ([x;y])",
                "/* a; comment */ CREATE TEMP TRIGGER t AFTER INSERT ON \"a;b\" BEGIN\n"
                        + "  UPDATE \"a;b\" SET x = CASE WHEN x = 1 THEN 2 ELSE x END; SELECT 1;\nEND",
                "DELETE FROM `a;b` -- no semicolon at the end");
        assertThat(SqliteScript.split("  ;  -- nothing\n ; ")).isEmpty();
        assertThat(SqliteScript.split("SELECT 1")).containsExactly("SELECT 1");
    }

    @Test
    void everyStatementRunsOnARealDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             Statement st = c.createStatement()) {
            for (String s : SqliteScript.split("CREATE TABLE t (x); INSERT INTO t VALUES (1);"
                    + " INSERT INTO t VALUES ('a;b'); CREATE TRIGGER tr AFTER INSERT ON t BEGIN"
                    + " INSERT INTO t VALUES (99); END; INSERT INTO t VALUES (3)")) {
                st.execute(s);
            }
            try (ResultSet rs = st.executeQuery("SELECT group_concat(x, ',') FROM (SELECT x FROM t ORDER BY rowid)")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1,a;b,3,99");
            }
        }
        assertThat(List.of()).isEmpty();
    }
}
