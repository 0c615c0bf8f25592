package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution the build writes, installed the way {@code docs/install.md} says, in a scratch home directory:
 * the two install commands as written there, then {@code retort} from the PATH, its version, its completion, and a
 * command on a project.
 */
class DistributionIT {
    private static final String VERSION = System.getProperty("retort.version", "");

    @TempDir
    Path home;

    record Run(int code, String out) {
    }

    /** Runs {@code script} in bash from the source tree, as a user whose home is {@link #home}. */
    private Run bash(String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", home.resolve(".local/bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("bash finished").isTrue();
        return new Run(process.exitValue(), Files.readString(home.resolve("out.txt")));
    }

    /** The shell blocks of {@code docs/install.md}, in order. */
    private static List<String> installBlocks() throws Exception {
        Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/install.md")));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theArchivesHoldTheCommandTheJarAndTheCompletion() throws Exception {
        assertThat(VERSION).as("the build passes its version").isNotBlank();
        try (ZipFile zip = new ZipFile(Path.of("target", "retort-" + VERSION + ".zip").toFile())) {
            String root = "retort-" + VERSION + "/";
            for (String entry : List.of("bin/retort", "bin/retort.cmd", "lib/retort.jar", "completion/retort",
                    "README.md")) {
                assertThat(zip.getEntry(root + entry)).as(entry).isNotNull();
            }
            String cmd = new String(zip.getInputStream(zip.getEntry(root + "bin/retort.cmd")).readAllBytes());
            assertThat(cmd).contains("\r\n").contains("-jar \"%JAR%\" %*");
        }
        assertThat(Path.of("target", "retort-" + VERSION + ".tar.gz")).isRegularFile();
    }

    @Test
    void installedAsTheDocsSayItRunsFromThePath() throws Exception {
        List<String> blocks = installBlocks();
        assertThat(blocks.get(0)).contains("tar -xzf target/retort-*.tar.gz");
        Run install = bash(blocks.get(0));
        assertThat(install.code()).as(install.out()).isZero();
        assertThat(home.resolve(".local/share/retort/bin/retort")).isExecutable();

        Run version = bash(blocks.get(1));
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).startsWith("retort " + VERSION + "\nHibernate ORM 7.").contains("\nJava 17", "\nJava ");

        // an interactive shell runs completion functions without -e and -u
        Run completion = bash(blocks.get(2) + "set +eu\nsource ~/.bashrc\n"
                + "COMP_WORDS=(retort up); COMP_CWORD=1; COMP_LINE='retort up'; COMP_POINT=9\n"
                + "_complete_retort 2>/dev/null\necho \"${COMPREPLY[@]}\"\n"
                + "COMP_WORDS=(retort check --fo); COMP_CWORD=2; COMP_LINE='retort check --fo'; COMP_POINT=17\n"
                + "_complete_retort 2>/dev/null\necho \"${COMPREPLY[@]}\"\n");
        assertThat(completion.code()).as(completion.out()).isZero();
        assertThat(completion.out().lines().toList()).containsExactly("upgrade", "--format");

        Path project = Files.createDirectories(home.resolve("project"));
        Run init = bash("cd " + project + " && retort init && retort current");
        assertThat(init.code()).as(init.out()).isZero();
        assertThat(init.out()).endsWith("<base> (no migration applied)\n");
    }
}
