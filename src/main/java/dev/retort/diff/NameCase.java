package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.NameMatching;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The live schema with each table, column, sequence and enum type named as the entities name it, where the database takes
 * the two for one name ({@link NameMatching#key}): PostgreSQL stores the entities' {@code X_PORTAL_USER} as
 * {@code x_portal_user}; SQLite matches {@code DTYPE} and {@code dtype} alike, so a table Hibernate's
 * {@code ddl-auto} made and one a migration made are the same there; so are they then for the differ. A name that
 * matches several of the other side's (two entity tables {@code "Order"} and {@code "ORDER"} on SQLite) is left
 * as it is.
 */
final class NameCase {
    private NameCase() {
    }

    static SchemaModel inEntitySpelling(SchemaModel live, SchemaModel target, NameMatching matching) {
        Map<String, String> tables = spellings(matching, live.tableNames(), target.tableNames());
        Map<String, Map<String, String>> columns = new HashMap<>();
        for (Table table : live.tables()) {
            String name = tables.getOrDefault(table.name(), table.name());
            Map<String, String> spelled = target.table(name)
                    .map(t -> spellings(matching, table.columnNames(), t.columnNames())).orElse(Map.of());
            columns.put(table.name(), spelled);
        }
        List<Table> renamed = new ArrayList<>();
        for (Table table : live.tables()) {
            Map<String, String> own = columns.get(table.name());
            Function<String, String> column = c -> own.getOrDefault(c, c);
            List<Column> cols = table.columns().stream().map(c -> c.withName(column.apply(c.name()))).toList();
            List<Index> indexes = table.indexes().stream().map(i -> new Index(i.name(),
                    i.columns().stream().map(column).toList(), i.unique(), i.method(), i.where())).toList();
            List<UniqueConstraint> uniques = table.uniqueConstraints().stream().map(u -> new UniqueConstraint(
                    u.name(), u.columns().stream().map(column).toList())).toList();
            List<ForeignKey> keys = table.foreignKeys().stream().map(f -> {
                Map<String, String> theirs = columns.getOrDefault(f.referencedTable(), Map.of());
                return f.withColumns(f.columns().stream().map(column).toList())
                        .withReferencedTable(tables.getOrDefault(f.referencedTable(), f.referencedTable()))
                        .withReferencedColumns(f.referencedColumns().stream()
                                .map(c -> theirs.getOrDefault(c, c)).toList());
            }).toList();
            renamed.add(new Table(tables.getOrDefault(table.name(), table.name()), cols,
                    table.primaryKey().stream().map(column).toList(), indexes, uniques, keys, table.checks(),
                    table.comment(), table.primaryKeyName()));
        }
        Map<String, String> sequences = spellings(matching, live.sequences().stream().map(Sequence::name).toList(),
                target.sequences().stream().map(Sequence::name).toList());
        Map<String, String> enumTypes = spellings(matching, live.enumTypes().stream().map(EnumType::name).toList(),
                target.enumTypes().stream().map(EnumType::name).toList());
        return live.withTables(renamed).withSequences(live.sequences().stream()
                .map(s -> new Sequence(sequences.getOrDefault(s.name(), s.name()), s.start(), s.increment()))
                .toList()).withEnumTypes(live.enumTypes().stream()
                .map(e -> new EnumType(enumTypes.getOrDefault(e.name(), e.name()), e.values())).toList());
    }

    /**
     * Each name of {@code have} that is not among {@code want} but equals exactly one of them, and no other of
     * {@code have}, without regard to ASCII case, mapped to that one.
     */
    private static Map<String, String> spellings(NameMatching matching, List<String> have, List<String> want) {
        Map<String, List<String>> wanted = byFolded(matching, want);
        Map<String, List<String>> had = byFolded(matching, have);
        Map<String, String> result = new HashMap<>();
        for (String name : have) {
            if (want.contains(name)) {
                continue;
            }
            String key = matching.key(name);
            List<String> matches = wanted.getOrDefault(key, List.of());
            if (matches.size() == 1 && had.get(key).size() == 1 && !have.contains(matches.get(0))) {
                result.put(name, matches.get(0));
            }
        }
        return result;
    }

    private static Map<String, List<String>> byFolded(NameMatching matching, List<String> names) {
        Map<String, List<String>> result = new HashMap<>();
        names.forEach(n -> result.computeIfAbsent(matching.key(n), k -> new ArrayList<>()).add(n));
        return result;
    }
}
