package dev.retort.testing;

import dev.retort.config.RetortConfig;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * Runs Hibernate's own schema tool ({@code hbm2ddl.auto}) for entities against a database: {@code validate}, the
 * check an application runs at start-up, and {@code create}, the schema Hibernate itself would make.
 */
public final class HibernateValidation {
    public static final String SQLITE = "org.hibernate.community.dialect.SQLiteDialect";
    public static final String POSTGRES = "org.hibernate.dialect.PostgreSQLDialect";
    public static final String MARIADB = "org.hibernate.dialect.MariaDBDialect";

    private HibernateValidation() {
    }

    public static void validate(Path classes, String entityPackage, RetortConfig config, String dialect,
                                Map<String, String> properties) throws Exception {
        run(classes, entityPackage, config, dialect, properties, "validate");
    }

    /** Lets Hibernate create the schema of the entities in {@code entityPackage}, as {@code ddl-auto=create} does. */
    public static void create(Path classes, String entityPackage, RetortConfig config, String dialect,
                              Map<String, String> properties) throws Exception {
        run(classes, entityPackage, config, dialect, properties, "create");
    }

    /** The Hibernate dialect for the configured database URL. */
    public static String dialectOf(RetortConfig config) {
        String url = config.url().orElseThrow();
        return url.contains("sqlite") ? SQLITE : url.contains("mariadb") ? MARIADB : POSTGRES;
    }

    private static void run(Path classes, String entityPackage, RetortConfig config, String dialect,
                            Map<String, String> properties, String action) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateValidation.class.getClassLoader())) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Configuration cfg = new Configuration();
                try (ScanResult scan = new ClassGraph().overrideClassLoaders(loader).ignoreParentClassLoaders()
                        .enableAnnotationInfo().acceptPackages(entityPackage).scan()) {
                    List<Class<?>> entities = scan.getClassesWithAnnotation("jakarta.persistence.Entity").loadClasses();
                    if (entities.isEmpty()) {
                        throw new IllegalStateException("no entities in " + entityPackage);
                    }
                    entities.forEach(cfg::addAnnotatedClass);
                }
                cfg.setProperty("hibernate.connection.url", jdbcUrl(config.url().orElseThrow()));
                config.user().ifPresent(u -> cfg.setProperty("hibernate.connection.username", u));
                config.password().ifPresent(p -> cfg.setProperty("hibernate.connection.password", p));
                cfg.setProperty("hibernate.dialect", dialect);
                cfg.setProperty("hibernate.hbm2ddl.auto", action);
                properties.forEach(cfg::setProperty);
                try (SessionFactory sf = cfg.buildSessionFactory()) {
                    if (!sf.isOpen()) {
                        throw new IllegalStateException("session factory closed");
                    }
                }
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static String jdbcUrl(String url) {
        return url.startsWith("jdbc:") ? url : "jdbc:" + url;
    }
}
