package dev.retort.testing;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Another Hibernate ORM release than the one on the test class path (the build copies Hibernate 6.6, what Spring
 * Boot 3 applications run, to {@code target/hibernate-6.6}, and 7.2, what Spring Boot 4.0 runs, to
 * {@code target/hibernate-7.2}), run in a class loader of its own: the entity classes are loaded there too, so they
 * are seen through that release's Jakarta Persistence, as in an application on it.
 */
public final class HibernateRelease {
    public static final Path HIBERNATE_6_6 = Path.of("target/hibernate-6.6");
    public static final Path HIBERNATE_7_2 = Path.of("target/hibernate-7.2");

    private final Path jars;

    public HibernateRelease(Path jars) {
        if (!Files.isDirectory(jars)) {
            throw new IllegalStateException(jars + " is missing: the build copies it (mvn generate-test-resources)");
        }
        this.jars = jars;
    }

    /** The release's version string, e.g. {@code 6.6.49.Final}. */
    public String version() throws Exception {
        try (URLClassLoader loader = loader(Path.of("."))) {
            return (String) loader.loadClass("org.hibernate.Version").getMethod("getVersionString").invoke(null);
        }
    }

    /**
     * Runs this release's schema validator ({@code hbm2ddl.auto=validate}) for the entities of {@code entityPackage}
     * in {@code classes} against a database.
     *
     * @throws AssertionError naming what the validator rejected, after "Hibernate 6.6.x validate: "
     */
    public void validate(Path classes, String entityPackage, String jdbcUrl, String user, String password,
                         String dialect, Map<String, String> properties) throws Exception {
        run("validate", classes, entityPackage, jdbcUrl, user, password, dialect, properties);
    }

    /** Lets this release create the schema of the entities ({@code hbm2ddl.auto=create}), as its ddl-auto does. */
    public void create(Path classes, String entityPackage, String jdbcUrl, String user, String password,
                       String dialect, Map<String, String> properties) throws Exception {
        run("create", classes, entityPackage, jdbcUrl, user, password, dialect, properties);
    }

    private void run(String action, Path classes, String entityPackage, String jdbcUrl, String user, String password,
                     String dialect, Map<String, String> properties) throws Exception {
        try (URLClassLoader loader = loader(classes)) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Class<?> configurationClass = loader.loadClass("org.hibernate.cfg.Configuration");
                Object configuration = configurationClass.getConstructor().newInstance();
                Method add = configurationClass.getMethod("addAnnotatedClass", Class.class);
                for (Class<?> entity : entities(loader, classes, entityPackage)) {
                    add.invoke(configuration, entity);
                }
                Method set = configurationClass.getMethod("setProperty", String.class, String.class);
                set.invoke(configuration, "hibernate.connection.url", jdbcUrl);
                if (user != null) {
                    set.invoke(configuration, "hibernate.connection.username", user);
                    set.invoke(configuration, "hibernate.connection.password", password);
                }
                set.invoke(configuration, "hibernate.dialect", dialect);
                set.invoke(configuration, "hibernate.hbm2ddl.auto", action);
                for (Map.Entry<String, String> p : properties.entrySet()) {
                    set.invoke(configuration, p.getKey(), p.getValue());
                }
                Object factory = configurationClass.getMethod("buildSessionFactory").invoke(configuration);
                factory.getClass().getMethod("close").invoke(factory);
            } catch (InvocationTargetException e) {
                throw new AssertionError("Hibernate " + version() + " " + action + ": " + rootMessage(e), e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = String.valueOf(e);
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    /**
     * An application's class path on this release: {@code classes}, the release's jars, and the JDBC drivers and
     * Spring Boot (naming strategies) of the test class path.
     */
    public List<Path> applicationClasspath(Path classes) throws IOException {
        List<Path> entries = new ArrayList<>();
        entries.add(classes.toAbsolutePath());
        try (Stream<Path> files = Files.list(jars)) {
            entries.addAll(files.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toAbsolutePath)
                    .toList());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("sqlite-jdbc") || name.startsWith("postgresql-") || name.startsWith("spring-boot-")) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        return entries;
    }

    private URLClassLoader loader(Path classes) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path entry : applicationClasspath(classes)) {
            urls.add(entry.toUri().toURL());
        }
        return new URLClassLoader("hibernate-" + jars.getFileName(), urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
    }

    private static List<Class<?>> entities(ClassLoader loader, Path classes, String entityPackage) throws Exception {
        Path dir = classes.resolve(entityPackage.replace('.', '/'));
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                for (var annotation : type.getAnnotations()) {
                    if (annotation.annotationType().getName().equals("jakarta.persistence.Entity")) {
                        entities.add(type);
                    }
                }
            }
        }
        if (entities.isEmpty()) {
            throw new IllegalStateException("no entities in " + entityPackage);
        }
        return entities;
    }
}
