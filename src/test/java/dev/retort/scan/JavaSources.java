package dev.retort.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources into a directory that is on no class loader, so a scan of it proves the classes came
 * from the scanner's own loader (fixtures under target/test-classes are also visible to the parent loader).
 */
final class JavaSources {

    private JavaSources() {
    }

    /**
     * @param sources source text by fully qualified class name
     * @return {@code out}, holding the class files
     */
    static Path compile(Path out, Map<String, String> sources) {
        try {
            Path src = Files.createDirectories(out.resolveSibling(out.getFileName() + "-src"));
            Files.createDirectories(out);
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", libraries(),
                    "--release", "17", "-proc:none"));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                args.add(file.toString());
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = compiler.run(null, errors, errors, args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("test sources do not compile:\n" + errors);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jars of Jakarta Persistence and Hibernate, and Retort's annotations, wherever the build put them. */
    private static String libraries() {
        return String.join(java.io.File.pathSeparator,
                location(jakarta.persistence.Entity.class), location(org.hibernate.annotations.ColumnDefault.class),
                location(dev.retort.annotations.IndexOptions.class));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
