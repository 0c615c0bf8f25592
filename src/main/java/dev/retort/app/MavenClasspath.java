package dev.retort.app;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The entity class path of a Maven project that configures none: {@code target/classes} and the jars of its
 * compile and runtime dependencies, so that entities whose converters or listeners need other libraries load as they
 * do in the application. Maven is asked once ({@code dependency:build-classpath}, through the project's
 * {@code mvnw} when it has one); the answer is kept in {@code target/retort/} under the hash of {@code pom.xml}, so the
 * next command reads it until the pom changes.
 */
final class MavenClasspath {
    /** The dependency plugin release asked, for the same answer on every Maven. */
    static final String PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";
    private static final long TIMEOUT_MINUTES = 10;

    /** What was found, and one line saying where it came from. */
    record Resolved(List<Path> classpath, String notice) {
    }

    private MavenClasspath() {
    }

    /** The class path of the Maven project in {@code projectDir}; empty when it has no {@code pom.xml}. */
    static Optional<Resolved> of(Path projectDir) {
        Path pom = projectDir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return Optional.empty();
        }
        Path classes = projectDir.resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new RetortException(ErrorCode.CONFIG, "This is a Maven project (" + pom + ") without compiled"
                    + " classes in target/classes; run `mvn compile` first, or point --classpath (config key classpath)"
                    + " at the compiled @Entity classes");
        }
        Path cache = projectDir.resolve("target/retort/classpath-" + hash(pom) + ".txt");
        boolean asked = false;
        if (!Files.isRegularFile(cache)) {
            ask(projectDir, cache);
            asked = true;
        }
        List<Path> classpath = new ArrayList<>(List.of(classes));
        try {
            for (String entry : Files.readString(cache, StandardCharsets.UTF_8).strip().split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    classpath.add(Path.of(entry.strip()));
                }
            }
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot read " + cache + ": " + e.getMessage()
                    + "; delete it and run the command again", e);
        }
        int jars = classpath.size() - 1;
        String notice = "Entity classpath: target/classes and " + jars + (jars == 1 ? " jar" : " jars") + " of pom.xml"
                + (asked ? " (Maven asked once; kept in target/retort/ until pom.xml changes)" : "");
        return Optional.of(new Resolved(classpath, notice));
    }

    private static String hash(Path pom) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pom));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** Runs Maven to write the dependency class path into {@code cache}. */
    private static void ask(Path projectDir, Path cache) {
        List<String> command = new ArrayList<>();
        boolean windows = File.separatorChar == '\\';
        Path wrapper = projectDir.resolve(windows ? "mvnw.cmd" : "mvnw");
        command.add(Files.isRegularFile(wrapper) ? wrapper.toAbsolutePath().toString() : windows ? "mvn.cmd" : "mvn");
        Path tmp;
        Path log;
        try {
            Files.createDirectories(cache.getParent());
            tmp = Files.createTempFile(cache.getParent(), "classpath", ".tmp");
            log = cache.getParent().resolve("maven.log");
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot write into " + cache.getParent() + ": " + e.getMessage()
                    + "; make target/ writable, or set classpath in retort.properties", e);
        }
        command.addAll(List.of("-B", "-q", PLUGIN, "-Dmdep.outputFile=" + tmp.toAbsolutePath(),
                "-Dmdep.includeScope=runtime", "-Dmdep.pathSeparator=" + File.pathSeparator));
        String shown = String.join(" ", command.subList(0, 2)) + " " + PLUGIN;
        try {
            Process process = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw failure(shown, log, "did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw failure(shown, log, "failed (exit " + process.exitValue() + ")");
            }
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot run Maven (" + command.get(0) + ") to find the"
                    + " dependencies of " + projectDir.resolve("pom.xml") + ": " + e.getMessage() + "; install Maven,"
                    + " or set classpath in retort.properties (for example target/classes and the jars the entities"
                    + " need)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException(ErrorCode.CONFIG, "Interrupted while Maven resolved the dependencies", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a stray temporary file in target/retort is harmless
            }
        }
    }

    private static File nullDevice() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    private static RetortException failure(String command, Path log, String what) {
        String tail;
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            tail = String.join(" ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
        } catch (IOException e) {
            tail = "";
        }
        return new RetortException(ErrorCode.CONFIG, "Asking Maven for the project's dependencies (" + command + ") "
                + what + (tail.isEmpty() ? "" : ": " + tail) + ". Its output is in " + log + ". Fix the build, or set"
                + " classpath in retort.properties to the compiled classes and the jars the entities need.");
    }
}
