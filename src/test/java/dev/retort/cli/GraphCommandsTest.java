package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Branches and merges as users drive them: revision --head/--splice/--branch-label, heads, branches, history,
 * show, merge, and upgrade/downgrade across them, on a real SQLite file.
 */
class GraphCommandsTest {
    @TempDir
    Path dir;

    private CliSession cli;

    @BeforeEach
    void project() throws Exception {
        cli = new CliSession(dir);
    }

    private String revision(String message, String table, String... options) throws Exception {
        String[] args = Stream.concat(Stream.of("revision", "-m", message), Stream.of(options)).toArray(String[]::new);
        CliSession.Run gen = cli.run(args);
        assertThat(gen.code()).as(gen.err()).isZero();
        String[] bodies = CliSession.table(table);
        cli.fill(gen.file(), bodies[0], bodies[1]);
        return gen.revision();
    }

    private long migrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(cli.migrations())) {
            return files.filter(p -> p.toString().endsWith(".java")).count();
        }
    }

    @Test
    void branchTwoHeadsMergeAndDowngradeAcrossTheMerge() throws Exception {
        String ports = revision("create ports", "ports");
        String vessels = revision("create vessels", "vessels");

        CliSession.Run notAHead = cli.run("revision", "-m", "create cargo", "--head", ports);
        assertThat(notAHead.code()).isEqualTo(6);
        assertThat(notAHead.err()).contains("Revision " + ports + " is not a head", "--splice").doesNotContain("\tat ");
        assertThat(migrationFiles()).isEqualTo(2);

        String cargo = revision("create cargo", "cargo", "--head", ports.substring(0, 6), "--splice", "--branch-label", "cargo");
        assertThat(Files.readString(onlyFile("create_cargo"))).contains("revises = \"" + ports + "\"",
                "branchLabels = \"cargo\"");

        CliSession.Run heads = cli.run("heads");
        assertThat(heads.out().lines()).containsExactlyInAnyOrder(
                vessels + " (head), create vessels", cargo + " (cargo) (head), create cargo");

        CliSession.Run branches = cli.run("branches");
        assertThat(branches.code()).isZero();
        String indent = " ".repeat(12);
        assertThat(branches.out()).contains(ports + " (branchpoint), create ports\n",
                indent + " -> " + cargo + " (cargo) (head), create cargo\n",
                indent + " -> " + vessels + " (head), create vessels\n");

        CliSession.Run duplicateLabel = cli.run("revision", "-m", "more cargo", "--branch-label", "cargo", "--head", cargo);
        assertThat(duplicateLabel.code()).isEqualTo(6);
        assertThat(duplicateLabel.err()).contains("Branch label 'cargo' is declared by both", cargo, "the new revision");
        assertThat(migrationFiles()).isEqualTo(3);

        CliSession.Run refused = cli.run("upgrade", "head");
        assertThat(refused.code()).isEqualTo(6);
        assertThat(refused.err()).startsWith("ERROR: Multiple heads are present: ")
                .contains(vessels, cargo, "retort merge heads -m", "retort upgrade heads").doesNotContain("\tat ");
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(cli.tables()).isEmpty();
        assertThat(cli.versionRows()).isEmpty();

        CliSession.Run autogenerate = cli.run("autogenerate", "-m", "more");
        assertThat(autogenerate.code()).isEqualTo(6);
        assertThat(autogenerate.err()).contains("Multiple heads are present", "retort merge heads -m", "--head");
        assertThat(migrationFiles()).isEqualTo(3);

        CliSession.Run upHeads = cli.run("upgrade", "heads");
        assertThat(upHeads.code()).as(upHeads.err()).isZero();
        assertThat(cli.tables()).containsExactly("cargo", "ports", "vessels");
        assertThat(cli.versionRows()).containsExactlyInAnyOrder(vessels, cargo);
        assertThat(cli.run("current").out().lines()).containsExactlyInAnyOrder(vessels + " (head)", cargo + " (cargo) (head)");

        CliSession.Run oneHead = cli.run("merge", vessels, "-m", "join");
        assertThat(oneHead.code()).isEqualTo(6);
        assertThat(oneHead.err()).contains("Nothing to merge");
        CliSession.Run notHeads = cli.run("merge", ports, vessels, "-m", "join");
        assertThat(notHeads.code()).isEqualTo(6);
        assertThat(notHeads.err()).contains("Revision " + ports + " is not a head");
        assertThat(migrationFiles()).isEqualTo(3);

        // Heads and the version table list the two branches in id order.
        String pair = String.join(", ", Stream.of(vessels, cargo).sorted().toList());
        String revises = String.join(", ", Stream.of(vessels, cargo).sorted().map(id -> "\"" + id + "\"").toList());
        CliSession.Run merge = cli.run("merge", "heads", "-m", "join cargo");
        assertThat(merge.code()).as(merge.err()).isZero();
        String joined = merge.revision();
        assertThat(merge.out()).contains("merging " + pair);
        assertThat(Files.readString(merge.file())).contains("revises = {" + revises + "}");
        assertThat(cli.run("heads").out().strip()).isEqualTo(joined + " (head) (mergepoint), join cargo");
        assertThat(cli.run("history").out().lines().findFirst().orElseThrow())
                .isEqualTo(pair + " -> " + joined + " (head) (mergepoint), join cargo");

        // The DAG in the terminal, as `git log --graph`: the merge opens a column, the branch point closes it.
        CliSession.Run graph = cli.run("history", "--graph");
        assertThat(graph.code()).as(graph.err()).isZero();
        List<String> drawn = graph.out().lines().toList();
        assertThat(drawn).as(graph.out()).hasSize(6);
        assertThat(drawn.get(0)).isEqualTo("* " + joined + " (head) (mergepoint), join cargo");
        assertThat(drawn.get(1)).isEqualTo("|\\");
        assertThat(drawn.get(2)).startsWith("| * ");
        assertThat(drawn.get(3)).startsWith("* | ");
        assertThat(List.of(drawn.get(2), drawn.get(3))).anyMatch(l -> l.contains(vessels + ", create vessels"))
                .anyMatch(l -> l.contains(cargo + " (cargo), create cargo"));
        assertThat(drawn.get(4)).isEqualTo("|/");
        assertThat(drawn.get(5)).isEqualTo("* " + ports + " (branchpoint), create ports");

        CliSession.Run up = cli.run("upgrade", "head");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(up.out()).contains("Running upgrade " + pair + " -> " + joined);
        assertThat(cli.versionRows()).containsExactly(joined);

        CliSession.Run show = cli.run("show", joined.substring(0, 8));
        assertThat(show.out()).contains("Rev: " + joined + " (head) (mergepoint)\n", "Merges: " + pair + "\n",
                "Children: <none>\n", "    join cargo\n");
        assertThat(cli.run("show", ports).out()).contains("Rev: " + ports + " (branchpoint)\n", "Parent: <base>\n",
                "Children: " + pair + "\n");
        assertThat(cli.run("show", "cargo").out()).contains("Rev: " + cargo + "\n", "Branch names: cargo\n");

        // The guides' check right after `merge heads`: downgrade -1 steps down one merge level, as in Alembic, and
        // upgrade head merges again.
        CliSession.Run stepDown = cli.run("downgrade", "-1");
        assertThat(stepDown.code()).as(stepDown.err()).isZero();
        assertThat(stepDown.out()).contains("Running downgrade " + joined + " -> " + pair)
                .contains("Now at " + pair + ", 2 branch heads");
        assertThat(cli.versionRows()).containsExactlyInAnyOrder(vessels, cargo);
        CliSession.Run again = cli.run("upgrade", "head");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(cli.versionRows()).containsExactly(joined);

        // Down across the merge: back to the two branch heads, every table still there.
        CliSession.Run unmerge = cli.run("downgrade", vessels);
        assertThat(unmerge.code()).as(unmerge.err()).isZero();
        assertThat(unmerge.out()).contains("Running downgrade " + joined + " -> " + pair);
        assertThat(cli.versionRows()).containsExactlyInAnyOrder(vessels, cargo);
        assertThat(cli.tables()).containsExactly("cargo", "ports", "vessels");

        // A labelled relative downgrade reverts only that branch.
        CliSession.Run cargoDown = cli.run("downgrade", "cargo@-1");
        assertThat(cargoDown.code()).as(cargoDown.err()).isZero();
        assertThat(cli.versionRows()).containsExactly(vessels);
        assertThat(cli.tables()).containsExactly("ports", "vessels");

        // The merge descends from cargo, so it is the head of that branch now.
        CliSession.Run cargoUp = cli.run("upgrade", "cargo@head");
        assertThat(cargoUp.code()).as(cargoUp.err()).isZero();
        assertThat(cli.versionRows()).containsExactly(joined);
        assertThat(cli.tables()).containsExactly("cargo", "ports", "vessels");

        CliSession.Run base = cli.run("downgrade", "base");
        assertThat(base.code()).as(base.err()).isZero();
        assertThat(cli.tables()).isEmpty();
        assertThat(cli.versionRows()).isEmpty();
    }

    private Path onlyFile(String slug) throws Exception {
        try (Stream<Path> files = Files.list(cli.migrations())) {
            return files.filter(p -> p.getFileName().toString().endsWith("_" + slug + ".java")).findFirst().orElseThrow();
        }
    }

    @Test
    void historyRangesAndVerboseOutput() throws Exception {
        String a = revision("create ports", "ports");
        String b = revision("create vessels", "vessels");
        String c = revision("create cargo", "cargo");
        String d = revision("create crews", "crews");

        CliSession.Run all = cli.run("history");
        assertThat(all.out().lines()).containsExactly(
                c + " -> " + d + " (head), create crews",
                b + " -> " + c + ", create cargo",
                a + " -> " + b + ", create vessels",
                "<base> -> " + a + ", create ports");
        assertThat(cli.run("history", "-r", "-2:").out().lines()).containsExactly(
                c + " -> " + d + " (head), create crews", b + " -> " + c + ", create cargo");
        assertThat(cli.run("history", "-r", b + ":" + c).out().lines()).hasSize(2);
        assertThat(cli.run("history", "-r", ":" + a.substring(0, 6)).out().lines()).containsExactly("<base> -> " + a + ", create ports");
        assertThat(cli.run("history", "-r", "base:head").out().lines()).hasSize(4);
        assertThat(cli.run("history", "-r", b + ":+1").out().lines()).containsExactly(
                b + " -> " + c + ", create cargo", a + " -> " + b + ", create vessels");

        assertThat(cli.run("upgrade", "+2").code()).isZero();
        assertThat(cli.versionRows()).containsExactly(b);
        assertThat(cli.run("history", "-r", "current:").out().lines()).containsExactly(
                c + " -> " + d + " (head), create crews", b + " -> " + c + ", create cargo",
                a + " -> " + b + " (current), create vessels");
        assertThat(cli.run("history", "-i").out()).contains(a + " -> " + b + " (current), create vessels");

        CliSession.Run verbose = cli.run("history", "--verbose", "-r", "-2:");
        Path dFile = onlyFile("create_crews");
        String created = Files.readString(dFile).replaceAll("(?s).*created = \"([^\"]+)\".*", "$1");
        assertThat(verbose.out()).startsWith("Rev: " + d + " (head)\n"
                + "Parent: " + c + "\n"
                + "Path: " + Path.of("migrations").resolve(dFile.getFileName()) + "\n"
                + "Created: " + created + "\n"
                + "\n"
                + "    create crews\n"
                + "\n"
                + "Rev: " + c + "\n");

        CliSession.Run bad = cli.run("history", "-r", d + ":" + a);
        assertThat(bad.code()).isEqualTo(6);
        assertThat(bad.err()).contains(d + " is not an ancestor of " + a);
        CliSession.Run noColon = cli.run("history", "-r", a);
        assertThat(noColon.code()).isEqualTo(6);
        assertThat(noColon.err()).contains("START:END");
    }

    @Test
    void relativeTargetsUpgradeAndDowngradeOneStepAtATime() throws Exception {
        String a = revision("create ports", "ports");
        String b = revision("create vessels", "vessels");
        String c = revision("create cargo", "cargo");
        assertThat(cli.run("upgrade", "+1").code()).isZero();
        assertThat(cli.versionRows()).containsExactly(a);
        assertThat(cli.run("upgrade", a + "+2").code()).isZero();
        assertThat(cli.versionRows()).containsExactly(c);
        assertThat(cli.run("downgrade", "-1").code()).isZero();
        assertThat(cli.versionRows()).containsExactly(b);
        assertThat(cli.run("downgrade", c + "-2").code()).isZero();
        assertThat(cli.versionRows()).containsExactly(a);
        assertThat(cli.tables()).containsExactly("ports");

        CliSession.Run wrongWay = cli.run("upgrade", "-1");
        assertThat(wrongWay.code()).isEqualTo(6);
        assertThat(wrongWay.err()).contains("retort downgrade -1");
        CliSession.Run tooFar = cli.run("upgrade", "+3");
        assertThat(tooFar.code()).isEqualTo(6);
        assertThat(tooFar.err()).contains("past the head");
        assertThat(cli.versionRows()).containsExactly(a);
    }

    @Test
    void aNewBaseWithALabelIsUpgradedAndRemovedOnItsOwn() throws Exception {
        String core = revision("create ports", "ports");
        String billing = revision("create invoices", "invoices", "--head", "base", "--branch-label", "billing");
        String billing2 = revision("create payments", "payments", "--head", "billing@head");
        assertThat(cli.run("heads").out().lines()).containsExactlyInAnyOrder(
                core + " (head), create ports", billing2 + " (head), create payments");

        CliSession.Run up = cli.run("upgrade", "billing@head");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(cli.tables()).containsExactly("invoices", "payments");
        assertThat(cli.run("upgrade", "heads").code()).isZero();
        assertThat(cli.versionRows()).containsExactlyInAnyOrder(core, billing2);

        CliSession.Run down = cli.run("downgrade", "billing@base");
        assertThat(down.code()).as(down.err()).isZero();
        assertThat(cli.tables()).containsExactly("ports");
        assertThat(cli.versionRows()).containsExactly(core);
        assertThat(cli.run("show", "billing").out()).contains("Rev: " + billing + "\n", "Branch names: billing\n",
                "Children: " + billing2 + "\n");
    }

    @Test
    void autogenerateFollowsTheHeadItIsGivenAndNeedsTheDatabaseThere() throws Exception {
        JavaSources.sampleEntities(dir.resolve("target/classes"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nmigrations=migrations\n"
                + "classpath=target/classes\nentities=dev.retort.sample.vessels\nhibernate.physical_naming_strategy="
                + "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n");
        CliSession.Run initial = cli.run("autogenerate", "-m", "initial schema");
        assertThat(initial.code()).as(initial.err()).isZero();
        String schema = initial.revision();
        assertThat(cli.run("upgrade", "head").code()).isZero();
        String other = revision("audit log", "audit_log", "--head", "base", "--branch-label", "audit");

        CliSession.Run refused = cli.run("autogenerate", "-m", "more");
        assertThat(refused.code()).isEqualTo(6);
        assertThat(refused.err()).contains("Multiple heads are present", "--head");

        CliSession.Run onSchema = cli.run("revision", "--autogenerate", "--head", schema, "-m", "more");
        assertThat(onSchema.code()).as(onSchema.err()).isZero();
        assertThat(onSchema.out().strip()).isEqualTo("No changes detected");

        CliSession.Run onAudit = cli.run("revision", "--autogenerate", "--head", "audit@head", "-m", "more");
        assertThat(onAudit.code()).isEqualTo(7);
        assertThat(onAudit.err()).contains("Target database is not up to date: it is at " + schema
                + " but the new migration would revise " + other, "--head", "retort merge heads");
        assertThat(migrationFiles()).isEqualTo(2);
    }
}
