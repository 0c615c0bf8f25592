package dev.retort.scan;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
import dev.retort.scan.hibernate.HibernateReader;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads compiled JPA entities and returns the schema Hibernate would create for them, as a canonical
 * {@link SchemaModel} with identifiers folded for the target database.
 *
 * <p>How: ClassGraph reads the class files of the given class path entries only (never Retort's own class path)
 * and picks the classes annotated {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or
 * {@code @Converter}. {@link Release} then picks the Hibernate release: when those entries hold a
 * {@code hibernate-core} of 6.2 or later, that one, in a {@link ReleaseLoader} where the entities, Jakarta
 * Persistence and Hibernate all come from the entries; otherwise Retort's bundled release, in a loader over the
 * entries whose parent is Retort's. Hibernate resolves every class name through that loader, so naming strategies,
 * converters and custom types that live next to the entities are found. {@code dev.retort.scan.hibernate}, loaded
 * beside the release, builds Hibernate's boot metamodel with the requested dialect and no JDBC access, translates
 * its relational model and applies the entities' {@link dev.retort.annotations.IndexOptions}. The loader and
 * Hibernate's services are closed before returning.
 *
 * <p>Every failure is a {@link RetortException} with {@link ErrorCode#SCAN} whose message names the cause and
 * the fix. Nothing is printed; Hibernate's own log lines go wherever the application routes JBoss Logging.
 *
 * <p>Thread-safe and stateless: each call is independent. While a call runs, the calling thread's context class
 * loader is the entity loader (restored afterwards), for libraries that look classes up through it.
 *
 * <pre>{@code
 * Scanned scanned = new EntityScanner().read(ScanRequest.of(
 *         List.of(Path.of("target/classes")), List.of("com.example.domain"),
 *         "org.hibernate.dialect.PostgreSQLDialect", s -> s.toLowerCase(Locale.ROOT)));
 * }</pre>
 */
public final class EntityScanner {

    /** The release of Hibernate ORM bundled with Retort, e.g. {@code 7.4.5.Final}. */
    public static String bundledHibernateVersion() {
        return new HibernateReader().hibernateVersion();
    }

    /** The schema the entities map to; {@link #read} also says which Hibernate release derived it. */
    public SchemaModel scan(ScanRequest request) {
        return read(request).model();
    }

    /** The schema the entities map to, derived by the application's Hibernate release when it can be. */
    public Scanned read(ScanRequest request) {
        long started = System.nanoTime();
        EntityClassFinder.Found found = new EntityClassFinder().find(request.classpath(), request.packages());
        long findNanos = System.nanoTime() - started;
        if (!found.hasEntities()) {
            throw noEntities(request, found);
        }
        URL[] urls = urls(request.classpath());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        Release release = Release.choose(urls, EntityScanner.class.getClassLoader());
        try (URLClassLoader loader = release.loader()) {
            release.requireDialect(request.hibernateDialect());
            List<Class<?>> classes = load(loader, found.classNames());
            thread.setContextClassLoader(loader);
            MetamodelReader reader = reader(loader, release);
            SchemaModel model;
            try {
                model = reader.read(loader, classes, found.packageNames(), request);
            } catch (LinkageError e) {
                if (!release.own()) {
                    throw e;
                }
                throw release.unusable(e);
            }
            return new Scanned(model, release.version(), release.origin(), findNanos);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.SCAN, "Closing the entity class loader failed: " + e.getMessage()
                    + ". Check that the --classpath jars are readable and not being rewritten during the scan.", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static MetamodelReader reader(ClassLoader loader, Release release) {
        try {
            return (MetamodelReader) Class.forName(HibernateReader.class.getName(), true, loader)
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw release.unusable(e);
        }
    }

    private static RetortException noEntities(ScanRequest request, EntityClassFinder.Found found) {
        String where = request.packages().isEmpty() ? "anywhere" : "in package(s) " + String.join(", ",
                request.packages());
        String classpath = request.classpath().stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining(", ", "[", "]"));
        if (!found.legacyEntities().isEmpty()) {
            return new RetortException(ErrorCode.SCAN, "No jakarta.persistence entity classes found " + where
                    + " on classpath " + classpath + ", but " + found.legacyEntities().size() + " class(es) use the"
                    + " old javax.persistence annotations (e.g. " + found.legacyEntities().get(0) + "). Hibernate 7"
                    + " only reads jakarta.persistence: migrate the imports from javax.persistence to"
                    + " jakarta.persistence and compile again.");
        }
        return new RetortException(ErrorCode.SCAN, "No entity classes (annotated @jakarta.persistence.Entity) found "
                + where + " on classpath " + classpath + ". Compile your entities first (mvn compile) and point"
                + " --classpath at target/classes, and check that the entity packages in the configuration are"
                + " spelled as in the sources.");
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            try {
                urls.add(entry.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new RetortException(ErrorCode.SCAN, "The classpath entry " + entry
                        + " cannot be turned into a URL: " + e.getMessage() + ". Use a plain file system path.", e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static List<Class<?>> load(ClassLoader loader, List<String> names) {
        List<Class<?>> classes = new ArrayList<>(names.size());
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw loadFailure(name, e);
            }
        }
        return classes;
    }

    private static RetortException loadFailure(String name, Throwable e) {
        if (e instanceof UnsupportedClassVersionError) {
            return new RetortException(ErrorCode.SCAN, "Class " + name + " was compiled for a newer Java than the"
                    + " one running Retort (" + Runtime.version().feature() + "): " + e.getMessage()
                    + ". Run Retort on the Java version that compiles the project, or compile with --release "
                    + Runtime.version().feature() + ".", e);
        }
        String missing = ThrowableMessages.missingClass(e).orElse(null);
        if (missing != null && !missing.equals(name)) {
            return new RetortException(ErrorCode.SCAN, "Class " + name + " cannot be loaded because it needs "
                    + missing + ", which is not on the entity classpath. Add the jar or directory that contains "
                    + missing + " to --classpath (for a Maven project, the dependency jars as well as"
                    + " target/classes).", e);
        }
        return new RetortException(ErrorCode.SCAN, "Class " + name + " cannot be loaded: " + ThrowableMessages.of(e)
                + ". Recompile the project (mvn clean compile) and scan its target/classes again.", e);
    }
}
