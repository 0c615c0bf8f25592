package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real Maven builds of scratch projects, for the tests that follow a page of {@code docs/}: a {@code mvn} on the PATH
 * that reads the plugin, the starter and Retort from the repository the build staged (target/it-repo) and everything
 * else from the local repository, without the network; and the page's code blocks.
 */
final class MavenBuilds {
    static final Path ROOT = Path.of(System.getProperty("retort.root", "..")).toAbsolutePath().normalize();

    /** What a build printed (standard output and error together) and returned. */
    record Run(int code, String output) {
    }

    private final Path work;
    private final Path bin;

    /** {@code mvn} for builds under {@code work}, with {@code extraArguments} after Maven's own. */
    MavenBuilds(Path work, String extraArguments) throws IOException {
        this.work = work;
        this.bin = Files.createDirectories(work.resolve("bin"));
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settings(Path.of(System.getProperty("retort.localRepository"))));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\nexec " + realMaven() + " -B -s " + settings + " -Dmaven.repo.local="
                + System.getProperty("retort.itRepository") + " " + extraArguments + " \"$@\"\n");
        mvn.toFile().setExecutable(true);
    }

    /** Runs {@code script} with bash in {@code dir}, this {@code mvn} first on the PATH, and {@code env} set. */
    Run sh(Path dir, String script, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -e\n" + script).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("GITHUB_ACTIONS");
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().putAll(env);
        Path log = Files.createTempFile(work, "mvn", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("`" + script + "` did not finish within five minutes:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    /** The code blocks of {@code lang} in {@code page} (relative to docs/), in order. */
    static List<String> blocks(String page, String lang) throws IOException {
        Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(ROOT.resolve("docs").resolve(page)));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The one block of {@code lang} in {@code page}. */
    static String block(String page, String lang) throws IOException {
        List<String> all = blocks(page, lang);
        assertThat(all).as("```" + lang + " blocks in docs/" + page).hasSize(1);
        return all.get(0);
    }

    /** Copies {@code from} to {@code to}, leaving out what {@code skip} says (by path relative to {@code from}). */
    static void copy(Path from, Path to, Predicate<String> skip) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String rel = from.relativize(p).toString();
                if (!rel.isEmpty() && skip.test(rel)) {
                    continue;
                }
                Path dest = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Maven's settings: every repository served from the local one, read as a remote; no network. */
    private static String settings(Path localRepository) {
        String url = localRepository.toUri().toString();
        return """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <id>checksums</id>
                      <repositories>
                        <repository>
                          <id>central</id>
                          <url>https://repo.maven.apache.org/maven2</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>central</id>
                          <url>https://repo.maven.apache.org/maven2</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>checksums</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(url);
    }

    private static String realMaven() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "$(command -v -p mvn || echo /usr/bin/mvn)";
    }
}
