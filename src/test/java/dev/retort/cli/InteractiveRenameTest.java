package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliSession.Run;
import dev.retort.testing.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogenerate --interactive} (and {@code revision --autogenerate --interactive}, and offline) asks about
 * each rename candidate on the terminal, here a scripted one: v1 → v2 turns account.fullname (varchar(100) NOT
 * NULL) into display_name and account.nick (varchar(30)) into handle, two candidates.
 */
class InteractiveRenameTest {
    private static final String FULLNAME = "Rename column account.fullname -> account.display_name"
            + " (varchar(100) NOT NULL)? [y/N] ";
    private static final String NICK = "Rename column account.nick -> account.handle (varchar(30) NULL)? [y/N] ";

    @TempDir
    Path dir;

    private CliSession cli;

    /** v1 generated and applied, with two accounts when {@code rows}; the entities are then at v2. */
    private void atV1(boolean rows) throws Exception {
        cli = new CliSession(dir);
        properties("v1", "");
        assertThat(cli.run("autogenerate", "-m", "accounts").code()).isZero();
        assertThat(cli.run("upgrade", "head").code()).isZero();
        if (rows) {
            try (Connection c = connect()) {
                Sql.exec(c, "INSERT INTO account (id, fullname, nick) VALUES (1, 'Ada Lovelace', 'ada')",
                        "INSERT INTO account (id, fullname, nick) VALUES (2, 'Grace Hopper', NULL)");
            }
        }
        properties("v2", "");
    }

    private Run interactive(ScriptedPrompter terminal, String... args) {
        return cli.run(() -> Optional.of(terminal), args);
    }

    /** Runs {@code args} with {@code answers} typed; it must succeed after asking about both candidates, in order. */
    private Run answering(List<String> answers, String... args) {
        ScriptedPrompter terminal = new ScriptedPrompter(answers.toArray(String[]::new));
        Run run = interactive(terminal, args);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(terminal.questions).containsExactly(FULLNAME, NICK);
        return run;
    }

    @Test
    void yesRenamesKeepingTheDataAndTheMigrationSaysTheRenameWasConfirmed() throws Exception {
        atV1(true);
        Run run = answering(List.of("y", "YES"), "autogenerate", "--interactive", "-m", "rename columns");

        assertThat(run.out()).contains("  ~ column account.fullname -> account.display_name (confirmed rename)\n"
                        + "  ~ column account.nick -> account.handle (confirmed rename)\n")
                .doesNotContain("detected", "data loss", "Rename column");
        String source = Files.readString(run.file());
        assertThat(source).contains(
                "        // REVIEW: confirmed as a rename: account.fullname -> account.display_name\n"
                        + "        op.renameColumn(\"account\", \"fullname\", \"display_name\");\n",
                "        // REVIEW: confirmed as a rename: account.nick -> account.handle\n"
                        + "        op.renameColumn(\"account\", \"nick\", \"handle\");\n")
                .doesNotContain("detected as a rename", "dropColumn", "addColumn");

        assertThat(cli.run("upgrade", "head").code()).isZero();
        assertThat(accounts("display_name, handle")).containsExactly("1|Ada Lovelace|ada", "2|Grace Hopper|null");
    }

    @Test
    void twoCandidatesAnsweredDifferentlyKeepOneColumnAndLoseTheOther() throws Exception {
        atV1(true);
        Run run = answering(List.of("y", "n"), "autogenerate", "--interactive", "-m", "rename fullname");

        assertThat(run.out()).contains("  + column account.handle\n",
                "  ~ column account.fullname -> account.display_name (confirmed rename)\n",
                "  - column account.nick (data loss)\n").doesNotContain("account.nick -> ");
        String source = Files.readString(run.file());
        assertThat(source).contains("op.renameColumn(\"account\", \"fullname\", \"display_name\");",
                "op.addColumn(\"account\", column(\"handle\"", "op.dropColumn(\"account\", column(\"nick\"");

        assertThat(cli.run("upgrade", "head").code()).isZero();
        assertThat(accounts("display_name, handle")).containsExactly("1|Ada Lovelace|null", "2|Grace Hopper|null");
        assertThat(cli.run("autogenerate", "-m", "nothing left").out().strip()).isEqualTo("No changes detected");
    }

    @Test
    void noAndAnEmptyAnswerGiveWhatRenameDetectionOffGives() throws Exception {
        atV1(false);
        Run off = cli.run("autogenerate", "--no-renames", "-m", "replace columns");
        assertThat(off.code()).as(off.err()).isZero();
        String offSource = Files.readString(off.file());
        Files.delete(off.file());
        Run run = answering(List.of("", " No "), "autogenerate", "--interactive", "-m", "replace columns");

        assertThat(changes(run)).isEqualTo(changes(off)).contains("+ column account.display_name (NOT NULL without default)",
                "- column account.fullname (data loss)", "+ column account.handle",
                "- column account.nick (data loss)");
        String source = Files.readString(run.file());
        assertThat(body(source, "upgrade")).isEqualTo(body(offSource, "upgrade")).doesNotContain("rename");
        assertThat(body(source, "downgrade")).isEqualTo(body(offSource, "downgrade"));

        assertThat(cli.run("upgrade", "head").code()).isZero();
        try (Connection c = connect()) {
            assertThat(Sql.rows(c, "SELECT name FROM pragma_table_info('account') ORDER BY name"))
                    .containsExactly("display_name", "handle", "id");
        }
    }

    @Test
    void anAnswerOtherThanYesOrNoIsAskedAgain() throws Exception {
        atV1(false);
        ScriptedPrompter terminal = new ScriptedPrompter("maybe", "ja", "Y", "n");

        Run run = interactive(terminal, "autogenerate", "--interactive", "-m", "rename fullname");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(terminal.questions).containsExactly(FULLNAME, "Please answer y or n. " + FULLNAME,
                "Please answer y or n. " + FULLNAME, NICK);
        assertThat(run.out()).contains("~ column account.fullname -> account.display_name (confirmed rename)",
                "- column account.nick (data loss)");
    }

    @Test
    void withoutATerminalItFailsBeforeWritingAnything() throws Exception {
        atV1(true);
        String before = cli.snapshot();

        for (String[] args : List.of(new String[] {"autogenerate", "--interactive", "-m", "x"},
                new String[] {"autogenerate", "--offline", "--interactive", "-m", "x"},
                new String[] {"revision", "--autogenerate", "--interactive", "-m", "x"})) {
            Run run = cli.run(Optional::empty, args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("ERROR: --interactive asks on a terminal").contains(
                    "standard input is not a terminal", "nothing was written", "Run the command in a terminal",
                    "leave out --interactive", "--no-renames");
            assertThat(run.err().strip().lines()).hasSize(1);
        }
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void contradictoryOptionsFailWithoutAsking() throws Exception {
        atV1(false);
        String before = cli.snapshot();
        ScriptedPrompter terminal = new ScriptedPrompter("y", "y");

        Run both = interactive(terminal, "autogenerate", "--interactive", "--no-renames", "-m", "x");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--interactive asks about each rename and --no-renames rules every rename out;"
                + " pass one of them, not both");
        Run revision = interactive(terminal, "revision", "--autogenerate", "--no-renames", "--interactive", "-m", "x");
        assertThat(revision.code()).isEqualTo(2);
        assertThat(revision.err()).contains("pass one of them, not both");
        Run empty = interactive(terminal, "revision", "--interactive", "-m", "x");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("pass --autogenerate with it");

        assertThat(terminal.questions).isEmpty();
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void inputThatEndsBeforeTheLastAnswerStopsWithoutWriting() throws Exception {
        atV1(false);
        String before = cli.snapshot();
        ScriptedPrompter terminal = new ScriptedPrompter("y");

        Run run = interactive(terminal, "autogenerate", "--interactive", "-m", "x");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Input ended before the question whether to rename column account.nick ->"
                + " account.handle (varchar(30) NULL) was answered; nothing was written");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void revisionAutogenerateAndOfflineAskTooEvenWhenTheConfigSwitchesDetectionOff() throws Exception {
        atV1(false);
        Run revision = answering(List.of("y", "n"), "revision", "--autogenerate", "--interactive", "-m", "rename");
        assertThat(revision.out()).contains("~ column account.fullname -> account.display_name (confirmed rename)",
                "- column account.nick (data loss)");
        Files.delete(revision.file());

        properties("v2", "detect_renames=false\n");
        Run offline = answering(List.of("n", "y"), "autogenerate", "--offline", "--interactive", "-m", "rename");
        assertThat(offline.out()).contains("- column account.fullname (data loss)",
                "~ column account.nick -> account.handle (confirmed rename)");
        assertThat(Files.readString(offline.file())).contains(
                "// REVIEW: confirmed as a rename: account.nick -> account.handle");
    }

    private static List<String> changes(Run run) {
        return run.out().lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
    }

    private static String body(String source, String method) {
        int start = source.indexOf("public void " + method + "(");
        return source.substring(start, source.indexOf("\n    }\n", start));
    }

    private List<String> accounts(String columns) throws Exception {
        try (Connection c = connect()) {
            return Sql.rows(c, "SELECT id, " + columns + " FROM account ORDER BY id");
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
    }

    private void properties(String version, String extra) throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nmigrations=migrations\n"
                + "classpath=" + Path.of("target/test-classes").toAbsolutePath().toString().replace("\\", "/") + "\n"
                + "entities=dev.retort.fixtures.interactive." + version + "\n" + extra);
    }
}
