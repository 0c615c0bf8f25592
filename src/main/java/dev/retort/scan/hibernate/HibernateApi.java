package dev.retort.scan.hibernate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.generator.Generator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * The calls of this package whose shape differs between the Hibernate ORM generations it runs on: compiled against
 * the bundled 7.x, loaded beside an application's 6.2 to 6.6 by {@link dev.retort.scan.EntityScanner}. On 7.x each
 * method is the plain call; on 6.x it is the 6.x method of the same meaning, looked up by name, because its
 * parameter types ({@code org.hibernate.engine.spi.Mapping}, {@code IdentifierGeneratorFactory}) are gone from 7.x.
 * The 7.x calls live in {@link SevenApi}, which is never loaded on 6.x: verifying them needs 7.x-only types.
 * Every other call this package makes has the same signature in both generations (the build checks the whole
 * corpus on 6.6).
 */
final class HibernateApi {
    /** Whether the Hibernate this class was loaded beside is 6.x. */
    static final boolean SIX = org.hibernate.Version.getVersionString().startsWith("6.");

    private HibernateApi() {
    }

    /** The column's JDBC type code ({@code SqlTypes}). */
    static int sqlTypeCode(Column column, Metadata metadata) {
        if (!SIX) {
            return SevenApi.sqlTypeCode(column, metadata);
        }
        return (Integer) invoke(column, "getSqlTypeCode", metadata);
    }

    /** The column's length, precision and scale as the dialect sizes them. */
    static Size columnSize(Column column, Dialect dialect, Metadata metadata) {
        if (!SIX) {
            return SevenApi.columnSize(column, dialect, metadata);
        }
        return (Size) invoke(column, "getColumnSize", dialect, metadata);
    }

    /** The catalog of a namespace name, null when none is named. */
    static Identifier catalog(Namespace.Name name) {
        return SIX ? (Identifier) invoke(name, "getCatalog") : SevenApi.catalog(name);
    }

    /** The schema of a namespace name, null when none is named. */
    static Identifier schema(Namespace.Name name) {
        return SIX ? (Identifier) invoke(name, "getSchema") : SevenApi.schema(name);
    }

    /**
     * Whether Hibernate leaves {@code key} out of the DDL because the primary key or another unique key covers the
     * same columns. 6.x drops such keys from {@link Table#getUniqueKeys()} itself.
     */
    static boolean isRedundantUniqueKey(Table table, UniqueKey key) {
        return !SIX && SevenApi.isRedundantUniqueKey(table, key);
    }

    /**
     * Whether a unique key being named was declared as {@code @Index(unique = true)}. 6.x does not say; its DDL
     * writes both as unique constraints.
     */
    static boolean isUniqueIndex(ImplicitUniqueKeyNameSource source) {
        return !SIX && SevenApi.isUniqueIndex(source);
    }

    /** The identifier generator Hibernate would create for the entity. */
    static Generator createGenerator(KeyValue identifier, Dialect dialect, RootClass root, Metadata metadata) {
        if (!SIX) {
            return SevenApi.createGenerator(identifier, dialect, root);
        }
        try {
            @SuppressWarnings("unchecked")
            Class<org.hibernate.service.Service> factoryType = (Class<org.hibernate.service.Service>) Class.forName("org.hibernate.id.factory.IdentifierGeneratorFactory", false,
                    KeyValue.class.getClassLoader());
            Object factory = ((MetadataImplementor) metadata).getMetadataBuildingOptions().getServiceRegistry()
                    .requireService(factoryType);
            return (Generator) invoke(identifier, "createGenerator", factory, dialect, root);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Hibernate " + org.hibernate.Version.getVersionString()
                    + " has no IdentifierGeneratorFactory", e);
        }
    }

    /** Calls the public method {@code name} whose parameters accept {@code args}. */
    private static Object invoke(Object target, String name, Object... args) {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && accepts(method.getParameterTypes(), args)) {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("Hibernate " + org.hibernate.Version.getVersionString() + " has no method "
                + target.getClass().getName() + "." + name + " for " + args.length + " argument(s)");
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (args[i] != null && !parameters[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
