package dev.retort.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The executable {@code target/retort.jar} run as a user runs it: {@code java -jar retort.jar ARGS} in a directory. */
public final class RetortJar {
    public static final Path JAR = Path.of("target/retort.jar").toAbsolutePath();

    /** What one run printed and returned. */
    public record Run(int code, String out, String err) {
    }

    private RetortJar() {
    }

    /** Runs {@code java -jar retort.jar ARGS} in {@code dir}, its output kept in files there; two minutes at most. */
    public static Run run(Path dir, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(args);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("retort " + args + " did not finish within two minutes");
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** The same, with {@code -C dir} first. */
    public static Run inProject(Path dir, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-C", dir.toString()));
        all.addAll(List.of(args));
        return run(dir, all);
    }
}
