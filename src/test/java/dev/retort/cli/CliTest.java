package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.JavaSources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as users type it, through the real picocli entry point, on a real SQLite file. */
class CliTest {
    @TempDir
    Path dir;

    private Map<String, String> env = Map.of();

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RetortCli.commandLine(env, dir);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void project() throws Exception {
        JavaSources.sampleEntities(dir.resolve("target/classes"));
    }

    @Test
    void initAutogenerateUpgradeCurrentHistoryDowngrade() throws Exception {
        Run init = run("init");
        assertThat(init.code()).isZero();
        assertThat(dir.resolve("retort.properties")).exists();
        assertThat(dir.resolve("migrations")).isDirectory();
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nclasspath=target/classes\n"
                + "entities=dev.retort.sample.vessels\nhibernate.physical_naming_strategy="
                + "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n");

        Run gen = run("autogenerate", "-m", "initial schema");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("+ table vessels_latest", "Generated ");
        String revision;
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            Path file = files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
            assertThat(file.getFileName().toString()).matches("M\\d{8}_\\d{6}_initial_schema\\.java");
            revision = gen.out().replaceAll("(?s).*\\(revision ([0-9a-f]{12})\\).*", "$1");
        }

        Run current0 = run("current");
        assertThat(current0.out()).contains("<base>");

        Run up = run("upgrade", "head");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(up.out()).contains("Running upgrade <base> -> " + revision);

        assertThat(run("current").out()).contains(revision + " (head)");
        assertThat(run("history").out()).contains("<base> -> " + revision + " (head), initial schema");
        assertThat(run("heads").out()).contains(revision + " (head)");

        Run none = run("autogenerate", "-m", "again");
        assertThat(none.code()).isZero();
        assertThat(none.out().strip()).isEqualTo("No changes detected");

        Run down = run("downgrade", "base");
        assertThat(down.code()).as(down.err()).isZero();
        assertThat(run("current").out()).contains("<base>");
    }

    @Test
    void errorsAreOneParagraphWithoutStackTraceAndNonZeroExit() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Run unknown = run("--url", "jdbc:sqlite:app.db", "--classpath", "target/classes", "upgrade", "deadbeef");
        assertThat(unknown.code()).isGreaterThanOrEqualTo(2);
        assertThat(unknown.err()).contains("Can't locate revision identified by 'deadbeef'").doesNotContain("\tat ");

        Run noUrl = run("current");
        assertThat(noUrl.code()).isGreaterThanOrEqualTo(2);
        assertThat(noUrl.err()).contains("No database URL").contains("--url");

        Run noMessage = run("--url", "jdbc:sqlite:app.db", "autogenerate");
        assertThat(noMessage.code()).isEqualTo(2);
        assertThat(noMessage.err()).contains("--message");

        Run badConfig = run("-c", "missing.properties", "current");
        assertThat(badConfig.code()).isGreaterThanOrEqualTo(2);
        assertThat(badConfig.err()).contains("missing.properties does not exist");
    }

    @Test
    void databaseUrlComesFromTheEnvironmentAndPasswordsNeverShow() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        env = Map.of("DATABASE_URL", "sqlite:///env.db");
        Run current = run("current");
        assertThat(current.code()).as(current.err()).isZero();
        assertThat(current.err()).as("the URL came from DATABASE_URL").contains(dir.resolve("env.db").toString());
        assertThat(dir.resolve("env.db")).as("current creates no database").doesNotExist();

        env = Map.of("DATABASE_URL", "postgresql://app:hunter2@127.0.0.1:1/nowhere");
        Run refused = run("current");
        assertThat(refused.code()).isGreaterThanOrEqualTo(2);
        assertThat(refused.err() + refused.out()).doesNotContain("hunter2");
    }

    @Test
    void helpForEveryCommand() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("autogenerate", "upgrade", "downgrade", "current", "history", "heads", "revision", "init",
                "branches", "show", "merge");
        Run upHelp = run("upgrade", "--help");
        assertThat(upHelp.code()).isZero();
        assertThat(upHelp.out()).contains("TARGET");
    }

    /** -q before or after the command leaves out the per-migration lines; -v on upgrade says where the time went. */
    @Test
    void quietAndVerboseOnUpgradeAndDowngrade() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nclasspath=target/classes\n"
                + "entities=dev.retort.sample.vessels\n");
        Files.createDirectories(dir.resolve("migrations"));
        assertThat(run("autogenerate", "-m", "initial schema").code()).isZero();

        Run verbose = run("upgrade", "head", "-v");
        assertThat(verbose.code()).as(verbose.err()).isZero();
        assertThat(verbose.out()).matches("Running upgrade <base> -> [0-9a-f]{12}, initial schema\n  done in \\d+\\.\\d\\d s\n");
        assertThat(verbose.err()).startsWith("Timings: ");

        Run quietAfter = run("downgrade", "base", "-q");
        assertThat(quietAfter.code()).isZero();
        assertThat(quietAfter.out()).isEmpty();
        assertThat(quietAfter.err()).isEmpty();
        Run quietBefore = run("-q", "upgrade", "head");
        assertThat(quietBefore.code()).isZero();
        assertThat(quietBefore.out()).isEmpty();
        assertThat(run("--quiet", "upgrade", "head").out()).as("nothing to do, said nothing").isEmpty();
        assertThat(run("current").out()).contains("(head)");

        Run show = run("show", "head", "-v");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("    Upgrade:\n", "      + table vessels_latest\n");
        assertThat(run("show", "head").out()).doesNotContain("Upgrade:");
    }
}
