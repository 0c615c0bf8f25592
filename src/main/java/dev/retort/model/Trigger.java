package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.Objects;

/**
 * A trigger a live database has on one of its tables, kept as the database stores its text. Retort neither creates
 * nor compares triggers; it knows them so that a change that rebuilds their table (SQLite) creates them again.
 *
 * @param name the trigger's name
 * @param table the table it is on
 * @param sql its {@code CREATE TRIGGER} statement, as stored
 */
@PublicApi
public record Trigger(String name, String table, String sql) {
    public Trigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(sql, "sql");
    }

    /** Whether it is on {@code tableName}, compared as SQLite compares names (ignoring ASCII case). */
    public boolean isOn(String tableName) {
        return Identifiers.kept(table).equalsIgnoreCase(Identifiers.kept(tableName));
    }

    public Trigger onTable(String tableName) {
        return new Trigger(name, tableName, sql);
    }
}
