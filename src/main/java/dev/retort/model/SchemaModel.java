package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole schema: the tables, sequences and enum types, each sorted by name, and the names of the views a live
 * database has. Immutable; edits return a new model.
 *
 * <p>Views are only names: Retort neither creates nor compares them, but an entity mapped to a name that is a view
 * in the database ({@code @Immutable} read models over a view) maps that view, not a table to create.
 *
 * @param tables the tables, sorted by name, names unique
 * @param sequences the sequences, sorted by name
 * @param enumTypes the named enum types, sorted by name
 * @param views the names of the database's views (and materialized views), sorted; empty for a model of entities
 * @param triggers the triggers of the database's tables as far as its reader knows them (SQLite), sorted by name;
 *     never compared, only kept through changes that rebuild their table
 */
@PublicApi
public record SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                          List<String> views, List<Trigger> triggers) {

    public static final SchemaModel EMPTY = new SchemaModel(List.of());

    public SchemaModel {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        views = views.stream().sorted().distinct().toList();
        triggers = triggers.stream().sorted(Comparator.comparing(Trigger::name)).toList();
        for (int i = 1; i < tables.size(); i++) {
            if (tables.get(i).name().equals(tables.get(i - 1).name())) {
                throw new IllegalArgumentException("table " + tables.get(i).name() + " appears twice");
            }
        }
    }

    /**
     * The same model with every name of a table, column, key, index, constraint, sequence, enum type and view passed
     * through {@code rename} (an index's expression columns, such as {@code lower(email)}, are left as they are).
     */
    public SchemaModel withNames(java.util.function.UnaryOperator<String> rename) {
        java.util.function.Function<List<String>, List<String>> all = names -> names.stream().map(rename).toList();
        java.util.function.Function<Optional<String>, Optional<String>> named = name -> name.map(rename);
        List<Table> renamed = tables.stream().map(t -> new Table(rename.apply(t.name()),
                t.columns().stream().map(c -> c.withName(rename.apply(c.name()))).toList(),
                all.apply(t.primaryKey()),
                t.indexes().stream().map(i -> new Index(rename.apply(i.name()), i.columns().stream()
                        .map(c -> c.contains("(") ? c : rename.apply(c)).toList(), i.unique(), i.method(), i.where()))
                        .toList(),
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(named.apply(u.name()),
                        all.apply(u.columns()))).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKey(named.apply(f.name()), all.apply(f.columns()),
                        rename.apply(f.referencedTable()), all.apply(f.referencedColumns()), f.onDelete(),
                        f.onUpdate())).toList(),
                t.checks().stream().map(c -> new CheckConstraint(named.apply(c.name()), c.expression())).toList(),
                t.comment(), named.apply(t.primaryKeyName()))).toList();
        return new SchemaModel(renamed,
                sequences.stream().map(q -> new Sequence(rename.apply(q.name()), q.start(), q.increment())).toList(),
                enumTypes.stream().map(e -> new EnumType(rename.apply(e.name()), e.values())).toList(),
                all.apply(views), triggers);
    }

    /** A model without triggers. */
    public SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes, List<String> views) {
        this(tables, sequences, enumTypes, views, List.of());
    }

    /** A model without views. */
    public SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
        this(tables, sequences, enumTypes, List.of());
    }

    /** A model of tables only. */
    public SchemaModel(List<Table> tables) {
        this(tables, List.of(), List.of());
    }

    public SchemaModel withTables(List<Table> newTables) {
        return new SchemaModel(newTables, sequences, enumTypes, views, triggers);
    }

    public SchemaModel withSequences(List<Sequence> newSequences) {
        return new SchemaModel(tables, newSequences, enumTypes, views, triggers);
    }

    public SchemaModel withEnumTypes(List<EnumType> newEnumTypes) {
        return new SchemaModel(tables, sequences, newEnumTypes, views, triggers);
    }

    public SchemaModel withViews(List<String> newViews) {
        return new SchemaModel(tables, sequences, enumTypes, newViews, triggers);
    }

    public SchemaModel withTriggers(List<Trigger> newTriggers) {
        return new SchemaModel(tables, sequences, enumTypes, views, newTriggers);
    }

    /** The triggers on {@code tableName}, by name. */
    public List<Trigger> triggersOn(String tableName) {
        return triggers.stream().filter(t -> t.isOn(tableName)).toList();
    }

    /** Whether {@code name} is a view of the database this model was read from. */
    public boolean isView(String name) {
        return views.contains(name);
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(String name) {
        return enumTypes.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public boolean isEmpty() {
        return tables.isEmpty() && sequences.isEmpty() && enumTypes.isEmpty();
    }

    /** The table of exactly this name (tables are sorted by name, so this is a binary search). */
    public Optional<Table> table(String name) {
        int lo = 0;
        int hi = tables.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = tables.get(mid).name().compareTo(name);
            if (c == 0) {
                return Optional.of(tables.get(mid));
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
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
        return withTables(next);
    }

    public SchemaModel without(String tableName) {
        return withTables(tables.stream().filter(t -> !t.name().equals(tableName)).toList());
    }
}
