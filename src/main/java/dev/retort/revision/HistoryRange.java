package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Selects the revisions of a {@code history -r START:END} range. END (default: all heads) names the newest
 * revisions shown, START (default: base) the oldest, both inclusive: the range holds END, its ancestors, and
 * of those only START and what descends from it. Either side may be {@code current} (the database's heads).
 * A START of {@code -N} keeps the N newest revisions of the range; an END of {@code +N} walks N up from START.
 */
final class HistoryRange {
    private static final Pattern LAST_N = Pattern.compile("-(\\d+)");
    private static final Pattern UP_N = Pattern.compile("\\+(\\d+)");

    private final RevisionGraph graph;
    private final TargetResolver resolver;

    HistoryRange(RevisionGraph graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** True when evaluating {@code range} needs the database's current revision. */
    static boolean needsCurrent(String range) {
        if (range == null) {
            return false;
        }
        int colon = range.indexOf(':');
        String start = colon < 0 ? range : range.substring(0, colon).strip();
        String end = colon < 0 ? "" : range.substring(colon + 1).strip();
        return start.equals("current") || end.equals("current");
    }

    List<String> select(String range, List<String> current) {
        if (range == null || range.isBlank() || range.strip().equals(":")) {
            return newestFirst(graph.order());
        }
        int colon = range.indexOf(':');
        if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
            throw new RevisionGraphException("History range '" + range + "' needs the form START:END, START: or"
                    + " :END (for example -3:, base:head, current:, " + example() + ":)");
        }
        String start = range.substring(0, colon).strip();
        String end = range.substring(colon + 1).strip();
        boolean lastN = LAST_N.matcher(start).matches();
        List<String> lower = lastN || start.isEmpty() ? List.of() : side(start, current);
        List<String> upper;
        if (UP_N.matcher(end).matches()) {
            if (lastN || lower.size() > 1) {
                throw new RevisionGraphException("History range '" + range + "': END " + end + " counts up from one"
                        + " START revision; name START as a revision, or name END");
            }
            upper = resolver.resolve((lower.isEmpty() ? "base" : lower.get(0)) + end, current, false);
        } else {
            upper = end.isEmpty() ? graph.heads() : side(end, current);
        }
        Set<String> selected = new HashSet<>(graph.ancestry(upper));
        if (!lower.isEmpty()) {
            for (String l : lower) {
                if (!selected.contains(l)) {
                    throw new RevisionGraphException("History range '" + range + "': revision " + l + " is not an"
                            + " ancestor of " + (upper.isEmpty() ? "<base>" : String.join(", ", upper))
                            + ", so nothing lies between them; swap START and END, or pick revisions on one line"
                            + " of history (see `retort history`)");
                }
            }
            selected.retainAll(graph.descendants(lower));
        }
        List<String> out = newestFirst(graph.order().stream().filter(selected::contains).toList());
        if (lastN) {
            int n = TargetResolver.steps(start, start.substring(1));
            out = out.subList(0, Math.min(n, out.size()));
        }
        return List.copyOf(out);
    }

    private List<String> side(String spec, List<String> current) {
        if (spec.equals("current")) {
            if (current == null) {
                throw new IllegalStateException("the range names current, but the database was not read");
            }
            current.forEach(graph::requireNode);
            return current;
        }
        return resolver.resolve(spec, current, false);
    }

    private String example() {
        List<String> order = graph.order();
        return order.isEmpty() ? "REV" : order.get(0).substring(0, Math.min(4, order.get(0).length()));
    }

    private static List<String> newestFirst(List<String> ids) {
        List<String> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        return reversed;
    }
}
