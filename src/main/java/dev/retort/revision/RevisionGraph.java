package dev.retort.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The revisions as a directed acyclic graph: each revision points at the revision(s) it revises.
 * Answers heads and bases, resolves what users type ({@code head}, {@code heads}, {@code base}, an id or
 * unique prefix, {@code LABEL@head}, {@code +N}, {@code -N}, {@code REV+N}, {@code REV-N}) and plans the
 * steps from the database's current heads to a target. Pure data: no files, no database.
 */
public final class RevisionGraph {
    private static final Pattern RELATIVE = Pattern.compile("^(.*?)([+-])(\\d+)$");

    /** Nodes in topological order: parents before children, ties broken by id. */
    private final Map<String, RevisionNode> nodes;
    private final Map<String, List<String>> children;

    private RevisionGraph(Map<String, RevisionNode> ordered, Map<String, List<String>> children) {
        this.nodes = ordered;
        this.children = children;
    }

    /** Builds the graph; rejects duplicate ids, parents that do not exist and cycles. */
    public static RevisionGraph of(Collection<RevisionNode> revisions) {
        Map<String, RevisionNode> byId = new TreeMap<>();
        for (RevisionNode n : revisions) {
            if (byId.put(n.id(), n) != null) {
                throw new RevisionGraphException("Two migrations have revision id " + n.id()
                        + "; give one of them a new id in its @Revision annotation");
            }
        }
        Map<String, List<String>> children = new TreeMap<>();
        byId.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        for (RevisionNode n : byId.values()) {
            for (String p : n.parents()) {
                if (!byId.containsKey(p)) {
                    throw new RevisionGraphException("Revision " + n.id() + " revises " + p
                            + ", but no migration has that id; fix the revises= value of " + n.id()
                            + " or restore the missing migration file");
                }
                children.get(p).add(n.id());
            }
        }
        Map<String, Integer> pendingParents = new TreeMap<>();
        byId.values().forEach(n -> pendingParents.put(n.id(), new TreeSet<>(n.parents()).size()));
        TreeSet<String> ready = new TreeSet<>();
        pendingParents.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        Map<String, RevisionNode> ordered = new LinkedHashMap<>();
        while (!ready.isEmpty()) {
            String id = ready.pollFirst();
            ordered.put(id, byId.get(id));
            for (String child : new TreeSet<>(children.get(id))) {
                if (pendingParents.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (ordered.size() != byId.size()) {
            List<String> inCycle = byId.keySet().stream().filter(id -> !ordered.containsKey(id)).toList();
            throw new RevisionGraphException("The revisions " + String.join(", ", inCycle)
                    + " revise each other in a cycle; fix their revises= values so the history runs one way");
        }
        Map<String, List<String>> frozen = new TreeMap<>();
        children.forEach((k, v) -> frozen.put(k, List.copyOf(new TreeSet<>(v))));
        return new RevisionGraph(ordered, frozen);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    public Optional<RevisionNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Every revision, parents before children. */
    public List<RevisionNode> topological() {
        return List.copyOf(nodes.values());
    }

    /** Revisions nothing revises, in topological order. */
    public List<String> heads() {
        return nodes.keySet().stream().filter(id -> children.get(id).isEmpty()).toList();
    }

    public List<String> bases() {
        return nodes.values().stream().filter(n -> n.parents().isEmpty()).map(RevisionNode::id).toList();
    }

    public List<String> childrenOf(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The given revisions and all their ancestors. */
    public Set<String> ancestry(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(requireNode(id).parents());
            }
        }
        return seen;
    }

    /** The single head; fails with the fix when there are several. Empty when there are no revisions. */
    public Optional<String> singleHead() {
        List<String> heads = heads();
        if (heads.size() > 1) {
            throw multipleHeads(heads);
        }
        return heads.stream().findFirst();
    }

    static RevisionGraphException multipleHeads(List<String> heads) {
        return new RevisionGraphException("Multiple heads are present: " + String.join(", ", heads)
                + ". Join them with `retort merge heads -m \"merge heads\"`, or name one explicitly"
                + " (`retort upgrade " + heads.get(0) + "`), or apply all with `retort upgrade heads`");
    }

    /** Resolves an id, a unique id prefix or a branch label to one revision id. */
    public String resolveRevision(String spec) {
        if (nodes.containsKey(spec)) {
            return spec;
        }
        List<String> labelled = nodes.values().stream().filter(n -> n.branchLabels().contains(spec))
                .map(RevisionNode::id).toList();
        if (labelled.size() == 1) {
            return labelled.get(0);
        }
        List<String> matches = nodes.keySet().stream().filter(id -> id.startsWith(spec)).sorted().toList();
        if (matches.size() == 1 && !spec.isEmpty()) {
            return matches.get(0);
        }
        if (matches.size() > 1 && !spec.isEmpty()) {
            throw new RevisionGraphException("Can't locate revision identified by '" + spec + "': the prefix is"
                    + " ambiguous, it matches " + String.join(", ", matches) + "; type more characters of the id");
        }
        throw new RevisionGraphException("Can't locate revision identified by '" + spec + "'; run `retort history`"
                + " to see the revision ids, or use head, heads, base, +N or -N");
    }

    /**
     * The revisions the database should be at after {@code upgrade target}, as heads.
     * {@code current} is the version table's content.
     */
    public List<String> resolveUpgradeTarget(String target, List<String> current) {
        return switch (target) {
            case "head" -> singleHead().map(List::of).orElse(List.of());
            case "heads" -> heads();
            case "base" -> List.of();
            default -> {
                if (target.endsWith("@head")) {
                    yield List.of(labelHead(target.substring(0, target.length() - "@head".length())));
                }
                Matcher m = RELATIVE.matcher(target);
                if (m.matches()) {
                    yield relative(m.group(1), m.group(2).equals("+") ? Integer.parseInt(m.group(3))
                            : -Integer.parseInt(m.group(3)), current);
                }
                yield List.of(resolveRevision(target));
            }
        };
    }

    private String labelHead(String label) {
        List<String> candidates = heads().stream()
                .filter(h -> ancestry(List.of(h)).stream().anyMatch(id -> nodes.get(id).branchLabels().contains(label)))
                .toList();
        if (candidates.size() != 1) {
            throw new RevisionGraphException(candidates.isEmpty()
                    ? "Can't locate revision identified by '" + label + "@head': no revision has branch label " + label
                    : "Branch " + label + " has several heads (" + String.join(", ", candidates) + "); merge them first");
        }
        return candidates.get(0);
    }

    private List<String> relative(String anchorSpec, int delta, List<String> current) {
        String at;
        if (anchorSpec.isEmpty()) {
            if (current.size() > 1) {
                throw new RevisionGraphException("The database is at several heads (" + String.join(", ", current)
                        + "); a relative target is ambiguous, name a revision instead");
            }
            at = current.isEmpty() ? null : current.get(0);
        } else {
            at = resolveRevision(anchorSpec);
        }
        for (int i = 0; i < Math.abs(delta); i++) {
            if (delta > 0) {
                List<String> next = at == null ? bases() : childrenOf(at);
                if (next.size() != 1) {
                    throw new RevisionGraphException(next.isEmpty()
                            ? "Relative revision " + (anchorSpec + "+" + delta) + " goes past the head; only " + i
                                    + " revision(s) are ahead"
                            : "Relative revision " + (anchorSpec + "+" + delta) + " is ambiguous at a branch point ("
                                    + String.join(", ", next) + "); name the revision instead");
                }
                at = next.get(0);
            } else {
                if (at == null) {
                    throw new RevisionGraphException("Relative revision " + anchorSpec + delta
                            + " goes below base; only " + i + " revision(s) are applied");
                }
                List<String> parents = requireNode(at).parents();
                if (parents.size() > 1) {
                    throw new RevisionGraphException("Relative revision " + anchorSpec + delta
                            + " crosses the merge " + at + "; name the revision instead");
                }
                at = parents.isEmpty() ? null : parents.get(0);
            }
        }
        return at == null ? List.of() : List.of(at);
    }

    /** The steps that take a database at {@code current} forward to {@code targets} (and their ancestors). */
    public List<Step> upgradeSteps(List<String> current, List<String> targets) {
        current.forEach(this::requireNode);
        Set<String> applied = ancestry(current);
        Set<String> wanted = ancestry(targets);
        List<Step> steps = new ArrayList<>();
        TreeSet<String> heads = new TreeSet<>(current);
        for (String id : nodes.keySet()) {
            if (wanted.contains(id) && !applied.contains(id)) {
                List<String> before = List.copyOf(heads);
                nodes.get(id).parents().forEach(heads::remove);
                heads.add(id);
                steps.add(new Step(id, true, before, List.copyOf(heads)));
            }
        }
        return steps;
    }

    /** The steps that revert a database at {@code current} down to {@code target} (kept with its ancestors). */
    public List<Step> downgradeSteps(List<String> current, List<String> targets) {
        current.forEach(this::requireNode);
        Set<String> applied = new HashSet<>(ancestry(current));
        Set<String> keep = ancestry(targets);
        if (!applied.containsAll(keep)) {
            throw new RevisionGraphException("Downgrade target " + String.join(", ", targets)
                    + " is not below the database's current revision(s) " + String.join(", ", current)
                    + "; use `retort upgrade` to move forward");
        }
        List<String> order = new ArrayList<>(nodes.keySet());
        java.util.Collections.reverse(order);
        List<Step> steps = new ArrayList<>();
        for (String id : order) {
            if (applied.contains(id) && !keep.contains(id)) {
                List<String> before = headsOf(applied);
                applied.remove(id);
                steps.add(new Step(id, false, before, headsOf(applied)));
            }
        }
        return steps;
    }

    /** The members of {@code applied} that no other member revises, sorted. */
    private List<String> headsOf(Set<String> applied) {
        return applied.stream().filter(id -> childrenOf(id).stream().noneMatch(applied::contains)).sorted().toList();
    }

    private RevisionNode requireNode(String id) {
        RevisionNode n = nodes.get(id);
        if (n == null) {
            throw new RevisionGraphException("The database is at revision " + id + ", which no migration file has;"
                    + " restore that migration, or record the right revision with `retort stamp REV`");
        }
        return n;
    }
}
