package dev.retort.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java source held in strings and loads the result, without touching the file system. The
 * classpath is the test JVM's own, so generated code can use everything the tests can; loaded classes
 * share the test class loader's types (a loaded migration is a {@code dev.retort.migration.Migration}).
 *
 * <pre>{@code
 * Class<?> c = InMemoryJavaCompiler.compile("M1", "public class M1 {}").load("M1");
 * }</pre>
 */
public final class InMemoryJavaCompiler {
    private InMemoryJavaCompiler() {
    }

    /** What javac produced: the class files by binary name, and every diagnostic (warnings included). */
    public static final class Result {
        private final Map<String, byte[]> classes;
        private final List<String> warnings;

        private Result(Map<String, byte[]> classes, List<String> warnings) {
            this.classes = Map.copyOf(classes);
            this.warnings = List.copyOf(warnings);
        }

        public List<String> warnings() {
            return warnings;
        }

        /** Defines all compiled classes in a fresh loader and returns {@code binaryName}. */
        public Class<?> load(String binaryName) {
            ClassLoader loader = new ClassLoader(InMemoryJavaCompiler.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] bytes = classes.get(name);
                    if (bytes == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, bytes, 0, bytes.length);
                }
            };
            try {
                return loader.loadClass(binaryName);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("compiled " + classes.keySet() + " but not " + binaryName, e);
            }
        }
    }

    /** Thrown with javac's messages and the numbered source when compilation fails. */
    public static final class CompilationFailed extends AssertionError {
        CompilationFailed(String message) {
            super(message);
        }
    }

    /**
     * Compiles one compilation unit whose top-level class has the given binary name ({@code M1} or
     * {@code com.example.M1}), with {@code -Xlint:all}.
     */
    public static Result compile(String binaryName, String source) {
        Objects.requireNonNull(source, "source");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, byte[]> classes = new HashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(uri(className, kind), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() {
                                classes.put(className, toByteArray());
                            }
                        };
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(uri(binaryName, JavaFileObject.Kind.SOURCE),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none",
                "-Xlint:all", "-encoding", "UTF-8");
        boolean ok = javac.getTask(null, manager, diagnostics, options, null, List.of(unit)).call();
        List<String> warnings = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String text = d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null);
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.append(text).append('\n');
            } else {
                warnings.add(text);
            }
        }
        if (!ok) {
            throw new CompilationFailed("javac rejected " + binaryName + ":\n" + errors + numbered(source));
        }
        return new Result(classes, warnings);
    }

    private static URI uri(String binaryName, JavaFileObject.Kind kind) {
        return URI.create("mem:///" + binaryName.replace('.', '/') + kind.extension);
    }

    private static String numbered(String source) {
        StringBuilder b = new StringBuilder();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return b.toString();
    }
}
