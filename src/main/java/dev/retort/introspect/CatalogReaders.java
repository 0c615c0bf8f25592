package dev.retort.introspect;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.mariadb.MariaDbCatalogReader;
import dev.retort.introspect.postgres.PostgresCatalogReader;
import dev.retort.introspect.sqlite.SqliteCatalogReader;

/** The catalog reader for a dialect, from an explicit list. */
public final class CatalogReaders {
    private CatalogReaders() {
    }

    /** The dialect of the database {@code connection} is connected to, by the URL its driver reports. */
    public static SqlDialect dialectOf(java.sql.Connection connection) throws java.sql.SQLException {
        return dev.retort.dialect.Dialects.forJdbcUrl(connection.getMetaData().getURL());
    }

    public static CatalogReader forDialect(SqlDialect dialect) {
        return forDialect(dialect, java.util.List.of());
    }

    /**
     * The reader for a dialect that also reads {@code otherSchemas} (tables there are named {@code schema.table});
     * the default schema is always read.
     */
    public static CatalogReader forDialect(SqlDialect dialect, java.util.Collection<String> otherSchemas) {
        return switch (dialect.name()) {
            case "sqlite" -> new SqliteCatalogReader();
            // the connection's database only: other schemas are other databases, not read yet
            case "mariadb" -> new MariaDbCatalogReader();
            case "postgresql" -> {
                java.util.List<String> schemas = new java.util.ArrayList<>(java.util.List.of("public"));
                otherSchemas.stream().filter(s -> !schemas.contains(s)).sorted().forEach(schemas::add);
                yield new PostgresCatalogReader(schemas);
            }
            default -> throw new RetortException(ErrorCode.UNSUPPORTED, "Reading the schema of a "
                    + dialect.name() + " database is not supported yet; use SQLite, PostgreSQL or MariaDB");
        };
    }
}
