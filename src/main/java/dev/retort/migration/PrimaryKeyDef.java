package dev.retort.migration;

import java.util.List;

/**
 * The primary key inside {@code createTable(...)}: {@code primaryKey("mmsi", "rule_type")}.
 *
 * @param columns the key columns, in order
 */
public record PrimaryKeyDef(List<String> columns) implements TableElement {
    public PrimaryKeyDef {
        columns = List.copyOf(columns);
    }
}
