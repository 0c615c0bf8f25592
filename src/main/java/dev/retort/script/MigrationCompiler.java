package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Migration;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles migration sources in memory with the JDK's compiler. Compiled classes are cached under
 * {@code <migrations>/.retort-cache/<sha-256 of the source>/} (or a cache directory given), so an unchanged migration
 * is compiled once.
 */
public final class MigrationCompiler {
    static final String CACHE_DIR = ".retort-cache";

    /** Where compiled classes are kept; empty: {@code <migrations>/.retort-cache}. */
    private final java.util.Optional<Path> cache;

    /** Caches under {@code <migrations>/.retort-cache}. */
    public MigrationCompiler() {
        this(java.util.Optional.empty());
    }

    /**
     * Caches under {@code cache} when present: for migrations kept in an application's source folder, whose
     * directory must hold nothing but sources.
     */
    public MigrationCompiler(java.util.Optional<Path> cache) {
        this.cache = java.util.Objects.requireNonNull(cache);
    }

    /**
     * The compiled classes of one source file.
     *
     * @param source the source file
     * @param classes binary class name to class bytes
     * @param fromCache whether the classes came from the cache rather than the compiler
     */
    public record Compiled(Path source, Map<String, byte[]> classes, boolean fromCache) {
    }

    /** Compiles (or takes from the cache) every source; fails with file, line and the compiler's message. */
    public List<Compiled> compile(Path migrationsDir, List<Path> sources) {
        Path cacheRoot = cache.orElse(migrationsDir.resolve(CACHE_DIR));
        Map<Path, String> hashes = new LinkedHashMap<>();
        Map<Path, Map<String, byte[]>> fromCache = new LinkedHashMap<>();
        List<Compiled> result = new ArrayList<>();
        List<Path> toCompile = new ArrayList<>();
        for (Path source : sources) {
            String hash = hash(source);
            hashes.put(source, hash);
            Map<String, byte[]> cached = readCache(cacheRoot.resolve(hash));
            if (cached.isEmpty()) {
                toCompile.add(source);
            } else {
                fromCache.put(source, cached);
            }
        }
        Map<Path, Map<String, byte[]>> fresh = toCompile.isEmpty() ? Map.of() : javac(toCompile);
        for (Path source : sources) {
            Map<String, byte[]> classes = fresh.get(source);
            boolean cached = classes == null;
            if (cached) {
                classes = fromCache.getOrDefault(source, new TreeMap<>());
            } else {
                writeCache(cacheRoot.resolve(hashes.get(source)), classes);
            }
            result.add(new Compiled(source, classes, cached));
        }
        return result;
    }

    private Map<Path, Map<String, byte[]>> javac(List<Path> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new RetortException(ErrorCode.COMPILE, "Migrations are Java sources and need a JDK to compile,"
                    + " but this Java runtime has no compiler; run Retort with a JDK (java from a JDK 17+ install)");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<Path, Map<String, byte[]>> out = new LinkedHashMap<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             InMemoryOutput fileManager = new InMemoryOutput(standard, out)) {
            Iterable<? extends JavaFileObject> units = standard.getJavaFileObjectsFromPaths(sources);
            List<String> options = List.of("-classpath", compileClasspath(), "-proc:none", "-encoding", "UTF-8",
                    "-parameters", "-Xlint:none", "-nowarn");
            // javac reports its own crashes (an exhausted heap among them) on this writer, not as diagnostics
            java.io.StringWriter javacOutput = new java.io.StringWriter();
            boolean ok;
            try {
                ok = compiler.getTask(javacOutput, fileManager, diagnostics, options, null, units).call();
            } catch (OutOfMemoryError e) {
                throw RetortException.outOfMemory("compiling the migrations", e);
            }
            if (!ok && javacOutput.toString().contains("OutOfMemoryError")) {
                throw RetortException.outOfMemory("compiling the migrations", null);
            }
            if (!ok) {
                throw new RetortException(ErrorCode.COMPILE, describe(diagnostics));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
        StringBuilder b = new StringBuilder("A migration does not compile: ");
        int shown = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            if (shown++ > 0) {
                b.append("; ");
            }
            String file = d.getSource() == null ? "?" : Path.of(d.getSource().toUri()).toString();
            b.append(file).append(':').append(d.getLineNumber()).append(": ")
                    .append(String.join(" ", d.getMessage(Locale.ROOT).lines().map(String::strip).toList()));
            if (shown == 5) {
                break;
            }
        }
        return b.append(". Fix the source (or restore it from version control) and run the command again.").toString();
    }

    /** The running class path plus the location of Retort's own classes (which may differ when embedded). */
    static String compileClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(e);
            }
        }
        try {
            var codeSource = Migration.class.getProtectionDomain().getCodeSource();
            if (codeSource != null) {
                entries.add(Path.of(codeSource.getLocation().toURI()).toString());
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // the class path above is then all we have
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String hash(Path source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(source));
            // class files from one JDK feature release are not reused by another
            sha.update(("javac-" + Runtime.version().feature()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot read migration " + source + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> readCache(Path dir) {
        Map<String, byte[]> classes = new TreeMap<>();
        if (!Files.isRegularFile(dir.resolve("complete"))) {
            return classes;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString();
                classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            return new TreeMap<>();
        }
        return classes;
    }

    /**
     * Best effort: a cache that cannot be written only costs a recompile next time. Written to a temporary
     * directory and moved into place in one step, so a concurrent reader never sees half a cache entry.
     */
    private static void writeCache(Path dir, Map<String, byte[]> classes) {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir.getParent());
            Path ignore = dir.getParent().resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "*\n");
            }
            tmp = Files.createTempDirectory(dir.getParent(), "tmp-");
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                Files.write(tmp.resolve(e.getKey() + ".class"), e.getValue());
            }
            Files.writeString(tmp.resolve("complete"), "");
            Files.move(tmp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            // not fatal: another process may have written the same entry first
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // leftovers of an interrupted write are ignored by readers (no "complete" marker)
        }
    }

    /** Keeps class files in memory, attributed to the source file they came from. */
    private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<Path, Map<String, byte[]>> out;

        InMemoryOutput(StandardJavaFileManager delegate, Map<Path, Map<String, byte[]>> out) {
            super(delegate);
            this.out = out;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            Path source = Path.of(sibling.toUri());
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            out.computeIfAbsent(source, s -> new TreeMap<>()).put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
