package dev.retort.introspect;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.postgres.PostgresCatalogReader;
import dev.retort.introspect.sqlite.SqliteCatalogReader;

/** The catalog reader for a dialect, from an explicit list. */
public final class CatalogReaders {
    private CatalogReaders() {
    }

    public static CatalogReader forDialect(SqlDialect dialect) {
        return switch (dialect.name()) {
            case "sqlite" -> new SqliteCatalogReader();
            case "postgresql" -> new PostgresCatalogReader();
            default -> throw new RetortException(ErrorCode.UNSUPPORTED, "Reading the schema of a "
                    + dialect.name() + " database is not supported yet; use SQLite or PostgreSQL");
        };
    }
}
