package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A revision whose SQL cannot be written without a database is named, with why; the ranges after it still render. */
class OfflineSqlErrorsTest {
    @TempDir
    Path dir;

    @Test
    void theRevisionThatCannotBeRenderedIsNamed() throws Exception {
        CliSession cli = new CliSession(dir);
        String[] ports = CliSession.table("ports");
        cli.writeMigration("CreatePorts", "001", List.of(), List.of(), ports[0], ports[1]);
        // changes a table no migration created, and does not carry the table: nothing to assume it from
        cli.writeMigration("TouchLegacy", "002", List.of("001"), List.of(),
                "op.dropColumn(\"legacy\", column(\"flag\", bool()));",
                "op.addColumn(\"legacy\", column(\"flag\", bool()));");
        cli.writeMigration("CreateBerths", "003", List.of("002"), List.of(), CliSession.table("berths")[0],
                CliSession.table("berths")[1]);

        CliSession.Run all = cli.run("upgrade", "head", "--sql");
        assertThat(all.code()).isGreaterThanOrEqualTo(2);
        assertThat(all.err()).contains("Cannot write the SQL of revision 002 (TouchLegacy.java) without a database")
                .contains("legacy").contains("START:TARGET").doesNotContain("\tat ");

        CliSession.Run after = cli.run("upgrade", "002:head", "--sql");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains("CREATE TABLE \"berths\"").doesNotContain("DROP COLUMN")
                .contains("-- note: revision 002 changes what the earlier migrations do not have");
    }

    @Test
    void rawSqlBeforeTheRangeIsSaidOncePerRevision() throws Exception {
        CliSession cli = new CliSession(dir);
        String[] ports = CliSession.table("ports");
        cli.writeMigration("CreatePorts", "001", List.of(), List.of(), ports[0] + " op.execute(\"DELETE FROM ports\");"
                + " op.execute(\"UPDATE ports SET id = 1\");", ports[1]);
        cli.writeMigration("CreateBerths", "002", List.of("001"), List.of(), CliSession.table("berths")[0],
                CliSession.table("berths")[1]);

        CliSession.Run after = cli.run("upgrade", "001:head", "--sql");

        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out().lines().filter(l -> l.startsWith("-- note:")))
                .containsExactly("-- note: revision 001 runs raw SQL (op.execute) that cannot be replayed; the schema"
                        + " assumed below leaves it out");
        assertThat(after.out()).contains("CREATE TABLE \"berths\"").doesNotContain("DELETE FROM ports");
    }
}
