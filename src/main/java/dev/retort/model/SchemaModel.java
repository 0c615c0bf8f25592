package dev.retort.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole schema: the tables, sorted by name. Immutable; edits return a new model.
 *
 * @param tables the tables, sorted by name, names unique
 */
public record SchemaModel(List<Table> tables) {

    public static final SchemaModel EMPTY = new SchemaModel(List.of());

    public SchemaModel {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        for (int i = 1; i < tables.size(); i++) {
            if (tables.get(i).name().equals(tables.get(i - 1).name())) {
                throw new IllegalArgumentException("table " + tables.get(i).name() + " appears twice");
            }
        }
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public List<String> tableNames() {
        return tables.stream().map(Table::name).toList();
    }

    /** Adds {@code table}, or replaces the table of the same name. */
    public SchemaModel with(Table table) {
        List<Table> next = new ArrayList<>(tables.size() + 1);
        for (Table t : tables) {
            if (!t.name().equals(table.name())) {
                next.add(t);
            }
        }
        next.add(table);
        return new SchemaModel(next);
    }

    public SchemaModel without(String tableName) {
        return new SchemaModel(tables.stream().filter(t -> !t.name().equals(tableName)).toList());
    }
}
