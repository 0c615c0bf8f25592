package dev.retort.scan.hibernate;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.selector.spi.StrategySelector;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Hibernate's boot metamodel for a set of loaded classes, built without any JDBC access, plus the registry it
 * lives in. Close it to release Hibernate's services.
 *
 * <p>Hibernate sees only the settings given here: ambient configuration ({@code hibernate.properties} on the
 * class path, {@code -Dhibernate.*} system properties) is cleared so the same request always maps the same way.
 * The dialect is fixed and JDBC metadata access is off, so Hibernate assumes the dialect's minimum supported
 * database version unless {@code jakarta.persistence.database-major-version} (and {@code -minor-version}) are
 * passed in the request's properties; in 7.4 that is PostgreSQL 14.0 and SQLite 2.0. The SQLite default only
 * changes how Hibernate spells {@code char} (without a length before 3.x), which Retort does not read.
 *
 * <p>Once built, the metamodel's columns are ordered by Hibernate's column ordering strategy
 * ({@code MetadataImplementor.orderColumns}), exactly as an application's session factory orders them before it
 * creates or validates a schema, so tables and keys list their columns as Hibernate's own DDL does.
 */
final class BootMetamodel implements AutoCloseable {

    static final String DIALECT = "hibernate.dialect";
    static final String ALLOW_JDBC_METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";
    static final String IMPLICIT_NAMING_STRATEGY = "hibernate.implicit_naming_strategy";

    private final BootstrapServiceRegistry bootstrap;
    private final StandardServiceRegistry registry;
    private final Metadata metadata;
    private final ImplicitNameRecorder names;

    private BootMetamodel(BootstrapServiceRegistry bootstrap, StandardServiceRegistry registry, Metadata metadata,
                          ImplicitNameRecorder names) {
        this.bootstrap = bootstrap;
        this.registry = registry;
        this.metadata = metadata;
        this.names = names;
    }

    Metadata metadata() {
        return metadata;
    }

    /** Tells a user-chosen constraint name from one the implicit naming strategy made up. */
    ImplicitNameRecorder names() {
        return names;
    }

    /**
     * Maps {@code classes} (and the annotated {@code packages}) with Hibernate.
     *
     * @param loader the class loader of the entities; Hibernate resolves every class name through it, so naming
     *     strategies, converters and types on the entity class path are found
     */
    static BootMetamodel boot(ClassLoader loader, List<Class<?>> classes, List<String> packages, String dialect,
                              Map<String, String> userProperties) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        Map<String, Object> settings = new LinkedHashMap<>(userProperties);
        settings.put(DIALECT, dialect);
        settings.put(ALLOW_JDBC_METADATA_ACCESS, "false");
        StandardServiceRegistry registry;
        try {
            StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap);
            builder.getSettings().clear();
            registry = builder.applySettings(settings).build();
        } catch (HibernateException e) {
            BootstrapServiceRegistryBuilder.destroy(bootstrap);
            throw badDialect(dialect, e);
        }
        try {
            // the dialect is resolved lazily, with the JDBC environment; resolve it now to report it as such
            registry.requireService(JdbcEnvironment.class);
        } catch (HibernateException e) {
            destroy(bootstrap, registry);
            throw badDialect(dialect, e);
        }
        try {
            ImplicitNameRecorder names = new ImplicitNameRecorder(implicitStrategy(registry, userProperties));
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            packages.forEach(sources::addPackage);
            MetadataBuilder builder = sources.getMetadataBuilder().applyImplicitNamingStrategy(names);
            Metadata metadata = builder.build();
            // what Hibernate does when the application's session factory starts, before it writes or validates any
            // DDL: its column ordering strategy orders each table's columns and the columns of its keys
            ((MetadataImplementor) metadata).orderColumns(false);
            return new BootMetamodel(bootstrap, registry, metadata, names);
        } catch (RetortException e) {
            destroy(bootstrap, registry);
            throw e;
        } catch (RuntimeException | LinkageError e) {
            destroy(bootstrap, registry);
            throw HibernateMessages.mappingFailure(e, classes);
        }
    }

    private static RetortException badDialect(String dialect, HibernateException e) {
        return new RetortException(ErrorCode.SCAN, "Hibernate could not start with dialect " + dialect + ": "
                + HibernateMessages.of(e) + ". Check the dialect class name (for example"
                + " org.hibernate.dialect.PostgreSQLDialect or org.hibernate.community.dialect.SQLiteDialect)"
                + " and the hibernate.* settings in the Retort configuration.", e);
    }

    private static ImplicitNamingStrategy implicitStrategy(StandardServiceRegistry registry,
                                                           Map<String, String> userProperties) {
        String configured = userProperties.get(IMPLICIT_NAMING_STRATEGY);
        StrategySelector selector = registry.requireService(StrategySelector.class);
        try {
            return selector.resolveDefaultableStrategy(ImplicitNamingStrategy.class, configured,
                    ImplicitNamingStrategyJpaCompliantImpl.INSTANCE);
        } catch (HibernateException e) {
            int spring = SPRING_IMPLICIT.indexOf(configured);
            if (spring >= 0) {
                // Spring Boot 4 moved the class: the other release's name, if that one is on the class path
                try {
                    return selector.resolveStrategy(ImplicitNamingStrategy.class, SPRING_IMPLICIT.get(1 - spring));
                } catch (HibernateException other) {
                    throw new RetortException(ErrorCode.SCAN, "The application runs Spring Boot's implicit naming"
                            + " strategy (" + configured + "), which names join tables after the owning attribute, but"
                            + " neither Spring Boot 3's nor 4's class is on the entity class path. Put the application's"
                            + " spring-boot jar (Spring Boot 4: spring-boot-hibernate) on --classpath, or set"
                            + " hibernate.implicit_naming_strategy in retort.properties to the strategy to use.", e);
                }
            }
            throw new RetortException(ErrorCode.SCAN, "The implicit naming strategy " + configured
                    + " (setting " + IMPLICIT_NAMING_STRATEGY + ") could not be loaded: " + HibernateMessages.of(e)
                    + ". Put the jar or directory that contains it on --classpath, or fix the class name.", e);
        }
    }

    /** Spring Boot's implicit naming strategy: its class in Spring Boot 3, and in Spring Boot 4. */
    private static final List<String> SPRING_IMPLICIT = List.of(
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy");

    @Override
    public void close() {
        destroy(bootstrap, registry);
    }

    /** Destroying the standard registry normally takes its bootstrap parent along; a second destroy is a no-op. */
    private static void destroy(BootstrapServiceRegistry bootstrap, StandardServiceRegistry registry) {
        try {
            StandardServiceRegistryBuilder.destroy(registry);
        } finally {
            BootstrapServiceRegistryBuilder.destroy(bootstrap);
        }
    }
}
