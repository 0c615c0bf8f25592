package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The op a statement performs is named: in a comment line of {@code --sql} scripts, and when the statement fails. */
class OpNamedInScriptsAndErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aScriptNamesEachOpOnOneCommentLineBeforeItsStatements() throws Exception {
        CliSession cli = new CliSession(dir);
        cli.writeMigration("CreatePorts", "001", List.of(), List.of(),
                "op.createTable(\"ports\", column(\"id\", bigint()));"
                        + " op.execute(\"DELETE FROM t;\\nDROP TABLE x\");",
                "op.dropTable(\"ports\", column(\"id\", bigint()));");

        CliSession.Run sql = cli.run("upgrade", "head", "--sql");

        assertThat(sql.code()).as(sql.err()).isZero();
        List<String> lines = sql.out().lines().toList();
        // the raw SQL's line break stays out of the comment, which it would end, making the rest live SQL
        assertThat(lines).containsSubsequence("-- create_table ports", "CREATE TABLE \"ports\" (\"id\" bigint);",
                "-- execute DELETE FROM t; DROP TABLE x", "DELETE FROM t;", "DROP TABLE x;");
        assertThat(lines).filteredOn(l -> l.startsWith("DROP TABLE x")).containsExactly("DROP TABLE x;");
        // bookkeeping (the version and checksum tables) performs no op and has no comment line
        int insert = lines.indexOf(lines.stream().filter(l -> l.startsWith("INSERT INTO \"retort_version\"")).findFirst()
                .orElseThrow());
        assertThat(lines.get(insert - 1)).isEqualTo("DROP TABLE x;");
    }

    @Test
    void aLongOpIsCutOnItsCommentLine() throws Exception {
        CliSession cli = new CliSession(dir);
        String update = "UPDATE ports SET name = '" + "x".repeat(200) + "'";
        cli.writeMigration("CreatePorts", "001", List.of(), List.of(),
                "op.createTable(\"ports\", column(\"id\", bigint()), column(\"name\", text()));"
                        + " op.execute(\"" + update + "\");",
                "op.dropTable(\"ports\", column(\"id\", bigint()), column(\"name\", text()));");

        CliSession.Run sql = cli.run("upgrade", "head", "--sql");

        assertThat(sql.code()).as(sql.err()).isZero();
        String comment = "-- " + ("execute " + update).substring(0, 117) + "...";
        assertThat(sql.out().lines()).contains(comment, update + ";");
    }

    @Test
    void aFailedStatementNamesItsOp() throws Exception {
        CliSession cli = new CliSession(dir);
        cli.writeMigration("FillNowhere", "001", List.of(), List.of(),
                "op.execute(\"INSERT INTO nowhere\\n    VALUES (1)\");", "");

        CliSession.Run run = cli.run("upgrade", "head");

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("Migration 001 (FillNowhere.java) failed during upgrade at step execute INSERT"
                + " INTO nowhere VALUES (1): INSERT INTO nowhere VALUES (1) -- ")
                .contains("This migration was rolled back");
    }
}
