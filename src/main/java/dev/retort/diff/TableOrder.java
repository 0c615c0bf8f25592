package dev.retort.diff;

import dev.retort.model.ForeignKey;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables so that every table comes after the tables its foreign keys reference (ties by name).
 * Where keys form a cycle, the table with the smallest name goes first and its keys into the not-yet-placed
 * tables are returned as {@code deferred}, to be added once both tables exist. Self-references never defer.
 */
final class TableOrder {

    record Result(List<Table> tables, Map<String, List<ForeignKey>> deferred) {
        /** The placed tables carry their non-deferred keys only. */
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
        List<Table> ordered = new ArrayList<>();
        Map<String, List<ForeignKey>> deferred = new LinkedHashMap<>();
        Set<String> placed = new TreeSet<>();
        while (!pending.isEmpty()) {
            Table next = pending.values().stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(fk -> isSatisfied(fk, t, pending)))
                    .min(Comparator.comparing(Table::name))
                    .orElse(null);
            if (next == null) {
                Table breaker = pending.values().iterator().next();
                List<ForeignKey> keep = new ArrayList<>();
                List<ForeignKey> later = new ArrayList<>();
                for (ForeignKey fk : breaker.foreignKeys()) {
                    (isSatisfied(fk, breaker, pending) ? keep : later).add(fk);
                }
                deferred.put(breaker.name(), later);
                next = breaker.withForeignKeys(keep);
            }
            pending.remove(next.name());
            placed.add(next.name());
            ordered.add(next);
        }
        return new Result(ordered, deferred);
    }

    private static boolean isSatisfied(ForeignKey fk, Table owner, Map<String, Table> pending) {
        return fk.referencedTable().equals(owner.name()) || !pending.containsKey(fk.referencedTable());
    }
}
