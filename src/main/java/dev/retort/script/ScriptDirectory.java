package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The migrations directory: every {@code *.java} file in it (not in subdirectories), compiled and loaded,
 * and the revision graph they form.
 */
public final class ScriptDirectory {
    private final Path dir;
    private final Map<String, MigrationScript> scripts;
    private final RevisionGraph graph;

    private ScriptDirectory(Path dir, Map<String, MigrationScript> scripts, RevisionGraph graph) {
        this.dir = dir;
        this.scripts = scripts;
        this.graph = graph;
    }

    /** Loads the directory; it must exist (see {@code retort init}). */
    public static ScriptDirectory load(Path dir, MigrationCompiler compiler) {
        if (!Files.isDirectory(dir)) {
            throw new RetortException(ErrorCode.CONFIG, "Migrations directory " + dir + " does not exist;"
                    + " create it with `retort init`, or point --migrations (config key `migrations`) at it");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot list migrations directory " + dir + ": "
                    + ioCause(e) + "; check that the directory is readable by this user", e);
        }
        List<MigrationCompiler.Compiled> compiled = compiler.compile(dir, sources);
        Map<String, byte[]> allClasses = new TreeMap<>();
        compiled.forEach(c -> allClasses.putAll(c.classes()));
        ClassLoader loader = new BytesClassLoader(allClasses, Migration.class.getClassLoader());
        Map<String, MigrationScript> scripts = new LinkedHashMap<>();
        List<RevisionNode> nodes = new ArrayList<>();
        for (MigrationCompiler.Compiled c : compiled) {
            MigrationScript script = instantiate(c, loader);
            if (scripts.containsKey(script.id())) {
                throw new RetortException(ErrorCode.REVISION, "Revision id " + script.id() + " is used by both "
                        + scripts.get(script.id()).source().getFileName() + " and " + c.source().getFileName()
                        + "; give one of them a new id in its @Revision annotation");
            }
            scripts.put(script.id(), script);
            nodes.add(script.node());
        }
        RevisionGraph graph = RevisionGraph.of(nodes, id -> scripts.containsKey(id)
                ? id + " (" + scripts.get(id).source().getFileName() + ")" : id);
        return new ScriptDirectory(dir, scripts, graph);
    }

    /**
     * Migrations compiled into the application (found on its class path, e.g. by package), for running at
     * start-up without sources or a compiler. {@code origin} names where they came from in messages.
     */
    public static ScriptDirectory of(List<Class<?>> migrationClasses, Path origin) {
        Map<String, MigrationScript> scripts = new LinkedHashMap<>();
        List<RevisionNode> nodes = new ArrayList<>();
        for (Class<?> type : migrationClasses) {
            Path source = origin.resolve(type.getName());
            MigrationScript script = instantiate(new MigrationCompiler.Compiled(source, Map.of(), true), type)
                    .orElseThrow(() -> new RetortException(ErrorCode.REVISION, type.getName()
                            + " is not a migration: it needs a @Revision annotation and must implement Migration"));
            if (scripts.containsKey(script.id())) {
                throw new RetortException(ErrorCode.REVISION, "Revision id " + script.id() + " is used by both "
                        + scripts.get(script.id()).source().getFileName() + " and " + type.getName()
                        + "; give one of them a new id in its @Revision annotation");
            }
            scripts.put(script.id(), script);
            nodes.add(script.node());
        }
        return new ScriptDirectory(origin, scripts, RevisionGraph.of(nodes));
    }

    private static MigrationScript instantiate(MigrationCompiler.Compiled compiled, ClassLoader loader) {
        List<MigrationScript> found = new ArrayList<>();
        for (String className : compiled.classes().keySet()) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new RetortException(ErrorCode.COMPILE, "Cannot load " + className + " from "
                        + compiled.source() + ": " + e);
            }
            instantiate(compiled, type).ifPresent(found::add);
        }
        if (found.size() != 1) {
            throw new RetortException(ErrorCode.REVISION, compiled.source() + (found.isEmpty()
                    ? " holds no class implementing Migration with a @Revision annotation"
                    : " holds several migrations") + "; each file in the migrations directory holds exactly one"
                    + " migration class (move other files out of the directory)");
        }
        return found.get(0);
    }

    /** The migration {@code type} stands for, or empty when it is not one (a helper class in the same file). */
    private static Optional<MigrationScript> instantiate(MigrationCompiler.Compiled compiled, Class<?> type) {
        String className = type.getName();
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !Migration.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        String where = compiled.source().getFileName().toString();
        if (!dev.retort.migration.RevisionId.isValid(revision.id())) {
            throw new RetortException(ErrorCode.REVISION, where + " has revision id '" + revision.id()
                    + "'; a revision id is " + dev.retort.migration.RevisionId.RULE + "; fix its @Revision annotation");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new RetortException(ErrorCode.REVISION, where + ": class " + className + " is abstract; make it concrete");
        }
        Migration migration;
        try {
            migration = (Migration) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RetortException(ErrorCode.REVISION, where + ": cannot create " + className
                    + " (" + e + "); give it a public no-argument constructor");
        } catch (LinkageError | StackOverflowError e) {
            Throwable shown = e instanceof ExceptionInInitializerError init && init.getCause() != null
                    ? init.getCause() : e;
            throw new RetortException(ErrorCode.REVISION, where + ": creating " + className + " threw "
                    + shown.getClass().getName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage())
                    + (e instanceof ExceptionInInitializerError ? " in a static initializer" : "")
                    + "; fix the migration (nothing was changed in the database)", e);
        }
        return Optional.of(new MigrationScript(new RevisionNode(revision.id(), Arrays.asList(revision.revises()),
                Arrays.asList(revision.branchLabels())), revision.created(), revision.message(),
                compiled.source(), migration));
    }

    /**
     * What went wrong, in words: file-system exceptions carry only the path as their message ("/x/migrations"), so
     * their kind says what happened (access denied, not a directory).
     */
    static String ioCause(IOException e) {
        String kind = e instanceof java.nio.file.AccessDeniedException ? "access denied"
                : e instanceof java.nio.file.NotDirectoryException ? "not a directory"
                : e instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                : e.getClass().getSimpleName().replaceAll("Exception$", "");
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? kind : kind + " (" + reason + ")";
    }

    public Path dir() {
        return dir;
    }

    public RevisionGraph graph() {
        return graph;
    }

    public Optional<MigrationScript> script(String id) {
        return Optional.ofNullable(scripts.get(id));
    }

    /**
     * The Java package the migration sources declare: that of the newest file (by name, which starts with its
     * creation time), {@code ""} for the unnamed package or when there are none. New migrations follow it.
     */
    public String packageName() {
        return scripts.values().stream().max(java.util.Comparator.comparing(s -> s.source().getFileName().toString()))
                .map(s -> s.migration().getClass().getPackageName()).orElse("");
    }

    public MigrationScript require(String id) {
        return script(id).orElseThrow(() -> new RetortException(ErrorCode.REVISION, "No migration has revision " + id));
    }

    /** Loads classes from compiled bytes. */
    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
