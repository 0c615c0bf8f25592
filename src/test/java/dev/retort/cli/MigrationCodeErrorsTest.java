package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A migration whose own code fails the hard way (endless recursion, a throwing static initializer, an assertion):
 * every command that runs it ends with one paragraph naming the migration and an exit status of 2 or more, not
 * the status 1 that {@code check} gives drift, and not a JVM stack trace; the database is left as it was.
 */
class MigrationCodeErrorsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RetortCli.commandLine(Map.of(), dir);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "StackOverflowError | upgrade(op); | java.lang.StackOverflowError",
            "static initializer | | java.lang.IllegalStateException: boom in a static initializer",
            "assertion | if (true) { throw new AssertionError(\"no\"); } | java.lang.AssertionError: no"})
    void failingMigrationCodeEndsWithOneParagraph(String kind, String body, String expected) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\n");
        Run created = run("revision", "-m", "broken");
        assertThat(created.code()).as(created.err()).isZero();
        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            file = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        String source = Files.readString(file);
        if (kind.equals("static initializer")) {
            source = source.replaceFirst("(implements Migration \\{\\n)",
                    "$1    static final int BOOM = boom();\n\n    static int boom() {\n        throw new"
                            + " IllegalStateException(\"boom\");\n    }\n\n");
        } else {
            source = source.replaceFirst("(public void upgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                    "$1        " + body.replace("$", "\\$"));
        }
        Files.writeString(file, source);
        for (String[] command : new String[][] {{"upgrade", "head"}, {"upgrade", "head", "--sql"}, {"check", "--offline"}}) {
            Run r = run(command);
            assertThat(r.code()).as(String.join(" ", command) + ": " + r.err()).isGreaterThanOrEqualTo(2);
            assertThat(r.err()).as(String.join(" ", command)).startsWith("ERROR: ").contains(file.getFileName().toString())
                    .contains(expected).doesNotContain("\tat ");
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        assertThat(run("current").out()).doesNotContain("broken");
    }
}
