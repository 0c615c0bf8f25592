package dev.retort.introspect;

import dev.retort.model.SchemaModel;
import java.sql.Connection;
import java.util.function.Predicate;

/**
 * Reads the schema of a live database as a canonical model: names as the database stores them, types mapped
 * to {@link dev.retort.model.ColumnType}, defaults normalised with {@link dev.retort.model.DefaultExpression}.
 * Implementations issue the same number of queries however many tables there are.
 */
public interface CatalogReader {

    /**
     * The tables of the connection's schema that {@code includeTable} accepts (by table name).
     *
     * @throws dev.retort.error.RetortException with {@link dev.retort.error.ErrorCode#DATABASE} when a catalog query fails
     */
    SchemaModel read(Connection connection, Predicate<String> includeTable);
}
