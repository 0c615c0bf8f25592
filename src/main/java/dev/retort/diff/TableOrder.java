package dev.retort.diff;

import dev.retort.model.ForeignKey;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders tables so that every table comes after the tables its foreign keys reference (ties by name).
 *
 * <p>Tables whose keys reference each other in a cycle (a strongly connected component of the key graph with
 * more than one table) cannot be created one after another with all their keys. Every key between two tables of
 * the same cycle is therefore returned as {@code deferred}, to be added once all the tables exist (and, when the
 * tables go away, dropped before any of them). Keys to tables outside the cycle stay with their table, as the
 * order satisfies them, and so do self-references, which every database accepts inside its own
 * {@code CREATE TABLE}.
 */
final class TableOrder {

    /**
     * @param tables the tables in creation order, each without its deferred keys
     * @param deferred the deferred keys by table name, tables in creation order, keys in each table's order
     */
    record Result(List<Table> tables, Map<String, List<ForeignKey>> deferred) {
        Result {
            tables = List.copyOf(tables);
            deferred = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deferred));
        }
    }

    private TableOrder() {
    }

    static Result sort(List<Table> tables) {
        Map<String, Table> pending = new TreeMap<>();
        tables.forEach(t -> pending.put(t.name(), t));
        Map<String, Integer> cycle = new Cycles(pending).components();
        Map<String, Table> inline = new TreeMap<>();
        Map<String, List<ForeignKey>> later = new HashMap<>();
        for (Table t : pending.values()) {
            List<ForeignKey> keep = new ArrayList<>();
            List<ForeignKey> defer = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                boolean sameCycle = !fk.referencedTable().equals(t.name())
                        && cycle.get(t.name()).equals(cycle.get(fk.referencedTable()));
                (sameCycle ? defer : keep).add(fk);
            }
            inline.put(t.name(), defer.isEmpty() ? t : t.withForeignKeys(keep));
            if (!defer.isEmpty()) {
                later.put(t.name(), defer);
            }
        }
        // what is left is acyclic: a table whose keys all point at placed tables (or itself) always exists
        List<Table> ordered = new ArrayList<>();
        Map<String, List<ForeignKey>> deferred = new LinkedHashMap<>();
        while (!inline.isEmpty()) {
            Table next = inline.values().stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(fk -> fk.referencedTable().equals(t.name())
                            || !inline.containsKey(fk.referencedTable())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys left a cycle among " + inline.keySet()));
            inline.remove(next.name());
            ordered.add(next);
            if (later.containsKey(next.name())) {
                deferred.put(next.name(), later.get(next.name()));
            }
        }
        return new Result(ordered, deferred);
    }

    /**
     * The strongly connected components of the graph whose nodes are the tables and whose edges are their keys to
     * each other (Tarjan's algorithm, visiting tables and keys in a fixed order), as a component number per table.
     */
    private static final class Cycles {
        private final Map<String, Table> tables;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Map<String, Integer> component = new HashMap<>();
        private int counter;

        Cycles(Map<String, Table> tables) {
            this.tables = tables;
        }

        Map<String, Integer> components() {
            tables.keySet().forEach(name -> {
                if (!index.containsKey(name)) {
                    visit(name);
                }
            });
            return component;
        }

        private void visit(String name) {
            index.put(name, counter);
            low.put(name, counter);
            counter++;
            stack.add(name);
            for (ForeignKey fk : tables.get(name).foreignKeys()) {
                String target = fk.referencedTable();
                if (!tables.containsKey(target)) {
                    continue;
                }
                if (!index.containsKey(target)) {
                    visit(target);
                    low.put(name, Math.min(low.get(name), low.get(target)));
                } else if (stack.contains(target)) {
                    low.put(name, Math.min(low.get(name), index.get(target)));
                }
            }
            if (low.get(name).equals(index.get(name))) {
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    component.put(member, index.get(name));
                } while (!member.equals(name));
            }
        }
    }
}
