package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errors users meet with the revision graph, through the command line on a real SQLite file: each is one
 * paragraph naming the cause and the fix, exits 2 or more without a stack trace, and leaves the migration files
 * and the database exactly as they were.
 */
class GraphErrorsTest {
    private static final String PORTS = "a10000000001";
    private static final String VESSELS = "a20000000002";

    @TempDir
    Path dir;

    private CliSession cli;

    /** ports (applied), then vessels (not applied). */
    @BeforeEach
    void project() throws Exception {
        cli = new CliSession(dir);
        String[] ports = CliSession.table("ports");
        cli.writeMigration("CreatePorts", PORTS, List.of(), List.of(), ports[0], ports[1]);
        CliSession.Run up = cli.run("upgrade", "head");
        assertThat(up.code()).as(up.err()).isZero();
        String[] vessels = CliSession.table("vessels");
        cli.writeMigration("CreateVessels", VESSELS, List.of(PORTS), List.of(), vessels[0], vessels[1]);
    }

    /** Runs a command that must fail and change nothing; returns its message. */
    private String fails(int exitCode, String... args) throws Exception {
        String before = cli.snapshot();
        CliSession.Run run = cli.run(args);
        assertThat(run.code()).as(String.join(" ", args) + ": " + run.out() + run.err()).isEqualTo(exitCode)
                .isGreaterThanOrEqualTo(2);
        assertThat(run.err()).startsWith("ERROR: ").doesNotContain("\tat ", "Exception");
        assertThat(run.err().strip().lines()).as("one paragraph").hasSize(1);
        assertThat(cli.snapshot()).as("migration files and database unchanged").isEqualTo(before);
        return run.err();
    }

    @Test
    void unknownRevision() throws Exception {
        assertThat(fails(6, "upgrade", "deadbeef0000"))
                .contains("Can't locate revision identified by 'deadbeef0000'", "retort history");
        assertThat(fails(6, "downgrade", "nope")).contains("Can't locate revision identified by 'nope'");
        assertThat(fails(6, "show", "cafe")).contains("Can't locate revision identified by 'cafe'");
        assertThat(fails(6, "stamp", "beef")).contains("Can't locate revision identified by 'beef'");
        assertThat(fails(6, "history", "-r", "dead:")).contains("Can't locate revision identified by 'dead'");
        assertThat(fails(6, "revision", "-m", "x", "--head", "f00d")).contains("Can't locate revision identified by 'f00d'");
        assertThat(fails(6, "merge", "f00d", "heads", "-m", "x")).contains("Can't locate revision identified by 'f00d'");
        assertThat(fails(6, "upgrade", "shipping@head"))
                .contains("Can't locate revision identified by 'shipping@head'", "no labels are declared");
        assertThat(cli.versionRows()).containsExactly(PORTS);
    }

    @Test
    void ambiguousPrefixListsTheCandidates() throws Exception {
        assertThat(fails(6, "upgrade", "a")).contains("Can't locate revision identified by 'a'", "ambiguous",
                PORTS + ", " + VESSELS, "more characters");
        assertThat(fails(6, "show", "a")).contains(PORTS + ", " + VESSELS);
        assertThat(cli.run("upgrade", "a2").code()).isZero();
        assertThat(cli.versionRows()).containsExactly(VESSELS);
    }

    @Test
    void duplicateRevisionIds() throws Exception {
        cli.writeMigration("CreateCargo", VESSELS, List.of(PORTS), List.of(), "", "");
        assertThat(fails(6, "upgrade", "head"))
                .contains("Revision id " + VESSELS + " is used by both CreateCargo.java and CreateVessels.java",
                        "give one of them a new id");
        fails(6, "history");
        fails(6, "revision", "-m", "more");
    }

    @Test
    void cycle() throws Exception {
        cli.writeMigration("CreateVessels", VESSELS, List.of(PORTS, "a30000000003"), List.of(), "", "");
        cli.writeMigration("CreateCargo", "a30000000003", List.of(VESSELS), List.of(), "", "");
        assertThat(fails(6, "upgrade", "head")).contains("revise each other in a cycle",
                VESSELS + " (CreateVessels.java)", "a30000000003 (CreateCargo.java)",
                VESSELS + " revises a30000000003", "fix their revises= values");
        fails(6, "heads");
    }

    @Test
    void migrationRevisingAMissingRevision() throws Exception {
        cli.writeMigration("CreateCargo", "a30000000003", List.of("ffffffffffff"), List.of(), "", "");
        assertThat(fails(6, "upgrade", "head")).contains("Revision a30000000003 (CreateCargo.java) revises ffffffffffff,"
                + " but no migration has that id", "restore the missing migration file");
        fails(6, "history", "--verbose");
    }

    @Test
    void duplicateBranchLabelsInFiles() throws Exception {
        cli.writeMigration("CreateVessels", VESSELS, List.of(PORTS), List.of("fleet"), "", "");
        cli.writeMigration("CreateCargo", "a30000000003", List.of(VESSELS), List.of("fleet"), "", "");
        assertThat(fails(6, "upgrade", "fleet@head")).contains("Branch label 'fleet' is declared by both "
                + VESSELS + " (CreateVessels.java) and a30000000003 (CreateCargo.java)");
    }

    @Test
    void databaseAtARevisionNoFileHas() throws Exception {
        assertThat(cli.run("upgrade", "head").code()).isZero();
        Files.delete(cli.migrations().resolve("CreateVessels.java"));
        String fix = "record the right revision with `retort stamp REV`";
        assertThat(fails(6, "current")).contains("The database is at revision " + VESSELS + ", which no migration file", fix);
        assertThat(fails(6, "upgrade", "head")).contains("The database is at revision " + VESSELS, fix);
        assertThat(fails(6, "downgrade", "base")).contains("The database is at revision " + VESSELS, fix);
        assertThat(fails(6, "history", "-i")).contains("The database is at revision " + VESSELS, fix);
        assertThat(fails(6, "history", "-r", "current:")).contains("The database is at revision " + VESSELS, fix);

        // The fix the message names works.
        CliSession.Run stamp = cli.run("stamp", PORTS);
        assertThat(stamp.code()).as(stamp.err()).isZero();
        assertThat(cli.run("current").out().strip()).isEqualTo(PORTS + " (head)");
    }

    @Test
    void migrationSourceThatDoesNotCompile() throws Exception {
        cli.writeMigration("CreateVessels", VESSELS, List.of(PORTS), List.of(), "op.addColum(\"ports\");", "");
        String message = fails(8, "upgrade", "head");
        assertThat(message).contains("does not compile", cli.migrations().resolve("CreateVessels.java") + ":6:",
                "addColum", "Fix the source");
        fails(8, "history");
        assertThat(cli.tables()).containsExactly("ports");
    }

    @Test
    void multipleHeadsStopUpgradeHeadAndAutogenerate() throws Exception {
        cli.writeMigration("CreateCargo", "a30000000003", List.of(PORTS), List.of(), "", "");
        String message = fails(6, "upgrade", "head");
        assertThat(message).isEqualTo("ERROR: Multiple heads are present: " + VESSELS + ", a30000000003. Join them with"
                + " `retort merge heads -m \"merge heads\"`, or name one explicitly (`retort upgrade " + VESSELS
                + "`), or apply all with `retort upgrade heads`\n");
        assertThat(fails(6, "autogenerate", "-m", "more")).contains("Multiple heads are present",
                "retort merge heads -m", "--head " + VESSELS);
        assertThat(fails(6, "revision", "-m", "more")).contains("Multiple heads are present");
        assertThat(fails(6, "upgrade", "+1")).contains("is ambiguous at a branch point");
    }

    @Test
    void wrongWayAndTooFar() throws Exception {
        assertThat(fails(6, "downgrade", VESSELS)).contains("not below the database's current revision(s) " + PORTS,
                "retort upgrade");
        assertThat(fails(6, "downgrade", "-2")).contains("goes below base");
        assertThat(fails(6, "downgrade", "+1")).contains("goes up", "retort upgrade +1");
        assertThat(fails(6, "show", "base")).contains("names no revision");
        assertThat(fails(2, "revision", "-m", "x", "--splice")).contains("--head");
    }
}
