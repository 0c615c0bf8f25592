package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliSession.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-renames} on autogenerate and revision --autogenerate turns a detected rename into a drop and an add. */
class RenameFlagTest {
    @TempDir
    Path dir;

    @Test
    void theFlagAndTheConfigKeySwitchRenameDetectionOff() throws Exception {
        CliSession cli = new CliSession(dir);
        properties("v1", "");
        assertThat(cli.run("autogenerate", "-m", "accounts").code()).isZero();
        assertThat(cli.run("upgrade", "head").code()).isZero();
        properties("v2", "");

        Run plain = cli.run("autogenerate", "--no-renames", "-m", "replace email");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("+ column accounts.email", "- column accounts.email_address (data loss)")
                .doesNotContain("detected rename");
        Files.delete(plain.file());

        Run revision = cli.run("revision", "--autogenerate", "--no-renames", "-m", "replace email");
        assertThat(revision.code()).as(revision.err()).isZero();
        assertThat(revision.out()).contains("- column accounts.email_address (data loss)").doesNotContain("rename");
        Files.delete(revision.file());

        properties("v2", "detect_renames=false\n");
        Run configured = cli.run("autogenerate", "-m", "replace email");
        assertThat(configured.out()).contains("- column accounts.email_address (data loss)").doesNotContain("rename");
        Files.delete(configured.file());

        properties("v2", "");
        Run renamed = cli.run("revision", "--autogenerate", "-m", "rename email");
        assertThat(renamed.code()).as(renamed.err()).isZero();
        assertThat(renamed.out()).contains("~ column accounts.email_address -> accounts.email (detected rename)")
                .doesNotContain("data loss");
    }

    private void properties(String version, String extra) throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nmigrations=migrations\n"
                + "classpath=" + Path.of("target/test-classes").toAbsolutePath().toString().replace("\\", "/") + "\n"
                + "entities=dev.retort.fixtures.renames." + version + "\n" + extra);
    }
}
