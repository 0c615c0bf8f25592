package dev.retort.scan;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
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
 * {@code @Converter}. They are loaded in a fresh class loader over those entries whose parent is Retort's loader,
 * so the Jakarta Persistence and Hibernate annotations are shared; Hibernate resolves every class name through
 * that loader too, so naming strategies, converters and custom types that live next to the entities are found.
 * Hibernate's boot metamodel is built with the requested dialect and no JDBC access, and its relational model is
 * translated by {@link SchemaTranslator}; the entities' {@link dev.retort.annotations.IndexOptions} then refine its
 * indexes ({@link IndexOptionsApplier}). The loader and Hibernate's services are closed before returning.
 *
 * <p>Every failure is a {@link RetortException} with {@link ErrorCode#SCAN} whose message names the cause and
 * the fix. Nothing is printed; Hibernate's own log lines go wherever the application routes JBoss Logging.
 *
 * <p>Thread-safe and stateless: each call is independent. While a call runs, the calling thread's context class
 * loader is the entity loader (restored afterwards), for libraries that look classes up through it.
 *
 * <pre>{@code
 * SchemaModel model = new EntityScanner().scan(ScanRequest.of(
 *         List.of(Path.of("target/classes")), List.of("com.example.domain"),
 *         "org.hibernate.dialect.PostgreSQLDialect", s -> s.toLowerCase(Locale.ROOT)));
 * }</pre>
 */
public final class EntityScanner {

    /** The release of Hibernate ORM that reads the entities, e.g. {@code 7.4.5.Final}. */
    public static String hibernateVersion() {
        return org.hibernate.Version.getVersionString();
    }

    public SchemaModel scan(ScanRequest request) {
        EntityClassFinder.Found found = new EntityClassFinder().find(request.classpath(), request.packages());
        if (!found.hasEntities()) {
            throw noEntities(request, found);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("retort-entities", urls(request.classpath()),
                EntityScanner.class.getClassLoader())) {
            List<Class<?>> classes = load(loader, found.classNames());
            thread.setContextClassLoader(loader);
            try (BootMetamodel boot = BootMetamodel.boot(loader, classes, found.packageNames(),
                    request.hibernateDialect(), request.hibernateProperties())) {
                SchemaTranslator translator = new SchemaTranslator(boot.metadata(), request.fold(), boot.names());
                return new IndexOptionsApplier(boot.metadata(), translator).apply(translator.translate(), classes);
            }
        } catch (IOException e) {
            throw new RetortException(ErrorCode.SCAN, "Closing the entity class loader failed: " + e.getMessage()
                    + ". Check that the --classpath jars are readable and not being rewritten during the scan.", e);
        } finally {
            thread.setContextClassLoader(previous);
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
        String missing = HibernateMessages.missingClass(e).orElse(null);
        if (missing != null && !missing.equals(name)) {
            return new RetortException(ErrorCode.SCAN, "Class " + name + " cannot be loaded because it needs "
                    + missing + ", which is not on the entity classpath. Add the jar or directory that contains "
                    + missing + " to --classpath (for a Maven project, the dependency jars as well as"
                    + " target/classes).", e);
        }
        return new RetortException(ErrorCode.SCAN, "Class " + name + " cannot be loaded: " + HibernateMessages.of(e)
                + ". Recompile the project (mvn clean compile) and scan its target/classes again.", e);
    }
}
