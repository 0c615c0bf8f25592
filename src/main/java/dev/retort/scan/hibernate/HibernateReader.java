package dev.retort.scan.hibernate;

import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.scan.MetamodelReader;
import dev.retort.scan.ScanRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link MetamodelReader} of this package: boots Hibernate's metamodel and translates it. */
public final class HibernateReader implements MetamodelReader {

    @Override
    public String hibernateVersion() {
        return org.hibernate.Version.getVersionString();
    }

    /** Hibernate's PostgreSQL dialect, the same class name in 6.x and 7.x. */
    private static final String POSTGRES = "org.hibernate.dialect.PostgreSQLDialect";

    @Override
    public SchemaModel read(ClassLoader loader, List<Class<?>> classes, List<String> packages, ScanRequest request) {
        try (BootMetamodel boot = BootMetamodel.boot(loader, classes, packages, request.hibernateDialect(),
                request.hibernateProperties())) {
            Optional<SchemaModel> postgres = postgresTypesElsewhere(boot, request)
                    ? Optional.of(readForPostgres(loader, classes, packages, request)) : Optional.empty();
            Map<String, ColumnType> postgresTypes = postgres.map(pg -> namedEnumTypes(boot, pg)).orElse(Map.of());
            SchemaTranslator translator = new SchemaTranslator(boot.metadata(), request.fold(), boot.names(), postgresTypes);
            SchemaModel model = new IndexOptionsApplier(boot.metadata(), translator).apply(translator.translate(), classes);
            return postgres.map(pg -> model.withEnumTypes(pg.enumTypes())).orElse(model);
        }
    }

    /**
     * Whether a dialect without named enum types or arrays (SQLite) reads entities with {@code @JdbcTypeCode(NAMED_ENUM)}
     * or {@code @JdbcTypeCode(ARRAY)} attributes: then PostgreSQL's reading of those columns (and of the enum types) is
     * taken, as Hibernate has them there, so that a migration generated on either database runs on both.
     */
    private static boolean postgresTypesElsewhere(BootMetamodel boot, ScanRequest request) {
        if (boot.metadata().getDatabase().getDialect() instanceof org.hibernate.dialect.PostgreSQLDialect) {
            return false;
        }
        for (org.hibernate.mapping.Table table : boot.metadata().collectTableMappings()) {
            for (org.hibernate.mapping.Column column : table.getColumns()) {
                if (ColumnTypeDeriver.postgresOnly(column, boot.metadata())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entities read for PostgreSQL, whose catalog folds unquoted names to lower case. */
    private static SchemaModel readForPostgres(ClassLoader loader, List<Class<?>> classes, List<String> packages,
                                               ScanRequest request) {
        try (BootMetamodel boot = BootMetamodel.boot(loader, classes, packages, POSTGRES,
                request.hibernateProperties())) {
            return new SchemaTranslator(boot.metadata(), s -> s.toLowerCase(java.util.Locale.ROOT), boot.names())
                    .translate();
        }
    }

    /** The named-enum and array columns of {@code boot}'s mapping with the types PostgreSQL's reading gave them. */
    private static Map<String, ColumnType> namedEnumTypes(BootMetamodel boot, SchemaModel postgres) {
        Map<String, ColumnType> types = new java.util.HashMap<>();
        for (org.hibernate.mapping.Table table : boot.metadata().collectTableMappings()) {
            for (org.hibernate.mapping.Column column : table.getColumns()) {
                if (ColumnTypeDeriver.postgresOnly(column, boot.metadata())) {
                    postgres.tables().stream().filter(t -> t.name().equalsIgnoreCase(table.getName())).findFirst()
                            .flatMap(t -> t.columns().stream().filter(c -> c.name().equalsIgnoreCase(column.getName()))
                                    .findFirst())
                            .ifPresent(c -> types.put(ColumnTypeDeriver.key(table, column), c.type()));
                }
            }
        }
        return types;
    }
}
