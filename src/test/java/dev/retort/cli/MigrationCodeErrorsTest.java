package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration whose own code fails the hard way (endless recursion, a throwing static initializer, an assertion):
 * every command that runs it ends with one paragraph naming the migration and an exit status of 2 or more, not
 * the status 1 that {@code check} gives drift, and not a JVM stack trace; the database is left as it was.
 */
class MigrationCodeErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "StackOverflowError | upgrade(op); | java.lang.StackOverflowError",
            "static initializer | | java.lang.IllegalStateException: boom in a static initializer",
            "assertion | if (true) { throw new AssertionError(\"no\"); } | java.lang.AssertionError: no"})
    void failingMigrationCodeEndsWithOneParagraph(String kind, String body, String expected) throws Exception {
        CliSession session = new CliSession(dir);
        CliSession.Run created = session.run("revision", "-m", "broken");
        assertThat(created.code()).as(created.err()).isZero();
        Path file = created.file();
        if (kind.equals("static initializer")) {
            Files.writeString(file, Files.readString(file).replaceFirst("(implements Migration \\{\\n)",
                    "$1    static final int BOOM = boom();\n\n    static int boom() {\n        throw new"
                            + " IllegalStateException(\"boom\");\n    }\n\n"));
        } else {
            session.fill(file, body, "// nothing to do");
        }
        for (String[] command : new String[][] {{"upgrade", "head"}, {"upgrade", "head", "--sql"}, {"check", "--offline"}}) {
            CliSession.Run r = session.run(command);
            assertThat(r.code()).as(String.join(" ", command) + ": " + r.err()).isGreaterThanOrEqualTo(2);
            assertThat(r.err()).as(String.join(" ", command)).startsWith("ERROR: ").contains(file.getFileName().toString())
                    .contains(expected).doesNotContain("\tat ");
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        assertThat(session.run("current").out()).doesNotContain("broken");
    }
}
