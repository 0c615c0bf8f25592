package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way of passing a password, through the flag and through {@code DATABASE_URL}, with commands that fail (no
 * server answers on port 1, a scheme Retort does not support) and with {@code --debug} stack traces: the password
 * appears in no output, in any spelling, while the rest of the message stays useful.
 */
class NoPasswordInOutputTest {
    /** With the characters that break naive redaction: a slash, an at sign, a colon. */
    private static final String PASSWORD = "Pa55:w/rd@x";
    private static final String ENCODED = "Pa55%3Aw%2Frd%40x";

    @TempDir
    Path dir;

    private CliSession session;

    @BeforeEach
    void project() throws Exception {
        session = new CliSession(dir);
        JavaSources.sampleEntities(dir.resolve("target/classes"));
        // no URL of its own: each run passes one
        Files.writeString(dir.resolve("retort.properties"), "classpath=target/classes\nentities=dev.retort.sample.vessels\n");
    }

    private CliSession.Run run(Map<String, String> env, String... args) {
        return session.run(env, args);
    }

    private static final List<String> URLS = List.of(
            "POSTGRESQL://app:" + PASSWORD + "@127.0.0.1:1/db",
            "Postgres://app:" + PASSWORD + "@127.0.0.1:1/db",
            "postgresql://app:" + ENCODED + "@127.0.0.1:1/db",
            "jdbc:postgresql://app:" + PASSWORD + "@127.0.0.1:1/db",
            "jdbc:postgresql://127.0.0.1:1/db?user=app&password=" + PASSWORD,
            "jdbc:mysql://app:" + PASSWORD + "@127.0.0.1:1/db",
            "mysql://app:" + PASSWORD + "@127.0.0.1/db",
            "mariadb+mariadbconnector://app:" + ENCODED + "@127.0.0.1:1/db",
            "jdbc:mariadb://127.0.0.1:1/db?user=app&password=" + PASSWORD,
            "JDBC:POSTGRESQL://127.0.0.1:1/db?password=" + PASSWORD + "&user=app");

    private static void assertNoPassword(CliSession.Run run, String what) {
        assertThat(run.code()).as(what + ": " + run.err()).isGreaterThanOrEqualTo(2);
        assertThat(run.err()).as(what).startsWith("ERROR: ");
        for (String secret : List.of(PASSWORD, ENCODED, "w/rd@x", "Pa55:w")) {
            assertThat(run.out() + run.err()).as(what).doesNotContain(secret);
        }
    }

    @Test
    void noCommandPrintsThePasswordWhereverItCameFrom() {
        List<String[]> commands = List.of(new String[] {"upgrade", "head"}, new String[] {"current"},
                new String[] {"check"}, new String[] {"--debug", "current"});
        int runs = 0;
        for (String url : URLS) {
            for (String[] command : commands) {
                List<String> viaFlag = new ArrayList<>(List.of("--url", url));
                viaFlag.addAll(List.of(command));
                assertNoPassword(run(Map.of(), viaFlag.toArray(String[]::new)), url + " via --url, " + viaFlag);
                assertNoPassword(run(Map.of("DATABASE_URL", url), command), url + " via DATABASE_URL, "
                        + String.join(" ", command));
                runs += 2;
            }
        }
        assertThat(runs).isEqualTo(URLS.size() * commands.size() * 2);
    }

    @Test
    void thePasswordFlagAndAMisspelledCommandLineLeakNothing() {
        assertNoPassword(run(Map.of(), "--url", "jdbc:postgresql://127.0.0.1:1/db", "--user", "app", "--password",
                PASSWORD, "current"), "--password");
        CliSession.Run typo = run(Map.of(), "--url", "postgresql://app:" + PASSWORD + "@127.0.0.1:1/db", "--pasword=" + PASSWORD,
                "current");
        assertThat(typo.code()).isGreaterThanOrEqualTo(2);
        assertThat(typo.out() + typo.err()).doesNotContain(PASSWORD).doesNotContain("w/rd@x");
    }
}
