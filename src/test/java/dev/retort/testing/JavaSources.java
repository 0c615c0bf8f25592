package dev.retort.testing;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a source tree to a class directory, as a user's build would, for tests that scan real class files. */
public final class JavaSources {
    private JavaSources() {
    }

    public static Path compile(Path sourceRoot, Path classesDir) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        Files.createDirectories(classesDir);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("-d", classesDir.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
        args.addAll(files);
        int rc = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }), args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("compiling " + sourceRoot + " failed:\n" + errors);
        }
        return classesDir;
    }

    /** The repository's sample-entities project, compiled into {@code dir}. */
    public static Path sampleEntities(Path dir) throws IOException {
        return compile(Path.of("sample-entities/src/main/java").toAbsolutePath(), dir);
    }

    /** Copies the sample's committed microscopy migrations (schema and a hand-written seed) into {@code migrationsDir}. */
    public static void microscopyMigrations(Path migrationsDir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-entities/microscopy-migrations"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(f, migrationsDir.resolve(f.getFileName()));
            }
        }
    }

    static String pathSeparator() {
        return File.pathSeparator;
    }
}
