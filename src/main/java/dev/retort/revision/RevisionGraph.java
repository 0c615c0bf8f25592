package dev.retort.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The revisions as a directed acyclic graph: each revision points at the revision(s) it revises.
 * Answers heads, bases and branch points, resolves what users type ({@code head}, {@code heads}, {@code base},
 * an id or unique prefix, a branch label, {@code LABEL@head}, {@code LABEL@base}, {@code +N}, {@code -N},
 * {@code REV+N}, {@code REV-N}, {@code LABEL@+N}), selects history ranges, chooses the parents of new revisions
 * and plans the steps from the database's current heads to a target. Pure data: no files, no database.
 *
 * <p>Invariants: every parent exists, there is no cycle, and a branch label names exactly one revision.
 */
public final class RevisionGraph {
    /** Words that mean something else wherever a revision is typed, so they cannot be branch labels. */
    static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    /** Nodes in topological order: parents before children; a branch is kept together, ties broken by id. */
    private final Map<String, RevisionNode> nodes;
    private final Map<String, List<String>> children;
    /** Branch label to the revision that declares it, sorted by label. */
    private final Map<String, String> labels;

    private RevisionGraph(Map<String, RevisionNode> ordered, Map<String, List<String>> children,
                          Map<String, String> labels) {
        this.nodes = ordered;
        this.children = children;
        this.labels = labels;
    }

    /** Builds the graph; rejects duplicate ids, parents that do not exist, cycles and bad or duplicate labels. */
    public static RevisionGraph of(Collection<RevisionNode> revisions) {
        return of(revisions, id -> id);
    }

    /**
     * Builds the graph, naming revisions in error messages with {@code describe} (for example the id and its
     * file name), so a user knows which file to fix.
     */
    public static RevisionGraph of(Collection<RevisionNode> revisions, Function<String, String> describe) {
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
            for (String p : new TreeSet<>(n.parents())) {
                if (!byId.containsKey(p)) {
                    throw new RevisionGraphException("Revision " + describe.apply(n.id()) + " revises " + p
                            + ", but no migration has that id; fix the revises= value of " + n.id()
                            + " or restore the missing migration file");
                }
                children.get(p).add(n.id());
            }
        }
        Map<String, String> labels = labels(byId, describe);
        Map<String, RevisionNode> ordered = topologicalOrder(byId, children);
        if (ordered.size() != byId.size()) {
            throw cycle(byId, ordered.keySet(), describe);
        }
        Map<String, List<String>> frozen = new TreeMap<>();
        children.forEach((k, v) -> frozen.put(k, List.copyOf(new TreeSet<>(v))));
        return new RevisionGraph(ordered, frozen, labels);
    }

    private static Map<String, String> labels(Map<String, RevisionNode> byId, Function<String, String> describe) {
        Map<String, String> labels = new TreeMap<>();
        for (RevisionNode n : byId.values()) {
            for (String label : n.branchLabels()) {
                if (!LABEL.matcher(label).matches() || RESERVED.contains(label)) {
                    throw new RevisionGraphException("Revision " + describe.apply(n.id()) + " has branch label '"
                            + label + "', which cannot be told apart from a revision spec; a label starts with a"
                            + " letter or underscore, holds letters, digits, '_' and '.', and is not one of "
                            + String.join(", ", new TreeSet<>(RESERVED)) + ". Rename it in branchLabels");
                }
                if (byId.containsKey(label)) {
                    throw new RevisionGraphException("Branch label '" + label + "' of revision "
                            + describe.apply(n.id()) + " is also a revision id; rename the label in branchLabels");
                }
                String other = labels.put(label, n.id());
                if (other != null) {
                    throw new RevisionGraphException("Branch label '" + label + "' is declared by "
                            + (other.equals(n.id()) ? "revision " + describe.apply(n.id()) + " twice"
                                    : "both " + describe.apply(other) + " and " + describe.apply(n.id()))
                            + "; a label names one branch, so remove or rename one of them in branchLabels");
                }
            }
        }
        return labels;
    }

    /**
     * Kahn's algorithm with a stack: the children a revision makes ready are taken next, so each branch comes
     * out in one run and {@code history} shows it together. Ties go to the smaller id.
     */
    private static Map<String, RevisionNode> topologicalOrder(Map<String, RevisionNode> byId,
                                                              Map<String, List<String>> children) {
        Map<String, Integer> pendingParents = new TreeMap<>();
        byId.values().forEach(n -> pendingParents.put(n.id(), new TreeSet<>(n.parents()).size()));
        Deque<String> ready = new ArrayDeque<>();
        List<String> bases = pendingParents.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                .toList();
        pushSmallestOnTop(ready, bases);
        Map<String, RevisionNode> ordered = new LinkedHashMap<>();
        while (!ready.isEmpty()) {
            String id = ready.pop();
            ordered.put(id, byId.get(id));
            List<String> freed = new ArrayList<>();
            for (String child : new TreeSet<>(children.get(id))) {
                if (pendingParents.merge(child, -1, Integer::sum) == 0) {
                    freed.add(child);
                }
            }
            pushSmallestOnTop(ready, freed);
        }
        return ordered;
    }

    private static void pushSmallestOnTop(Deque<String> stack, List<String> sorted) {
        for (int i = sorted.size() - 1; i >= 0; i--) {
            stack.push(sorted.get(i));
        }
    }

    /** Names the revisions on a cycle (not those merely descending from one) and each edge of it. */
    private static RevisionGraphException cycle(Map<String, RevisionNode> byId, Set<String> ordered,
                                                Function<String, String> describe) {
        Set<String> rest = new TreeSet<>(byId.keySet());
        rest.removeAll(ordered);
        List<String> onCycle = new ArrayList<>();
        for (String id : rest) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(byId.get(id).parents());
            while (!todo.isEmpty()) {
                String p = todo.pop();
                if (p.equals(id)) {
                    onCycle.add(id);
                    break;
                }
                if (rest.contains(p) && seen.add(p)) {
                    todo.addAll(byId.get(p).parents());
                }
            }
        }
        List<String> edges = new ArrayList<>();
        for (String id : onCycle) {
            for (String p : byId.get(id).parents()) {
                if (onCycle.contains(p)) {
                    edges.add(id + " revises " + p);
                }
            }
        }
        return new RevisionGraphException("The revisions " + String.join(", ", onCycle.stream().map(describe).toList())
                + " revise each other in a cycle (" + String.join(", ", edges) + "); fix their revises= values so"
                + " the history runs one way, from the oldest revision to the newest");
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

    /** Every revision, parents before children, each branch in one run. */
    public List<RevisionNode> topological() {
        return List.copyOf(nodes.values());
    }

    /** Revisions nothing revises, in topological order. */
    public List<String> heads() {
        return nodes.keySet().stream().filter(id -> children.get(id).isEmpty()).toList();
    }

    /** Revisions that revise nothing, in topological order. */
    public List<String> bases() {
        return nodes.values().stream().filter(n -> n.parents().isEmpty()).map(RevisionNode::id).toList();
    }

    /** Revisions more than one revision revises, in topological order. */
    public List<String> branchPoints() {
        return nodes.keySet().stream().filter(id -> children.get(id).size() > 1).toList();
    }

    /** The revisions that revise {@code id}, sorted. */
    public List<String> childrenOf(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Branch labels and the revision declaring each, sorted by label. */
    public Map<String, String> branchLabels() {
        return Collections.unmodifiableMap(labels);
    }

    /** The given revisions and all their ancestors. */
    public Set<String> ancestry(Collection<String> ids) {
        return walk(ids, id -> requireNode(id).parents());
    }

    /** The given revisions and all revisions that descend from them. */
    public Set<String> descendants(Collection<String> ids) {
        return walk(ids, this::childrenOf);
    }

    private Set<String> walk(Collection<String> ids, Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
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

    static MultipleHeadsException multipleHeads(List<String> heads) {
        return new MultipleHeadsException(heads, "Multiple heads are present: " + String.join(", ", heads)
                + ". Join them with `retort merge heads -m \"merge heads\"`, or name one explicitly"
                + " (`retort upgrade " + heads.get(0) + "`), or apply all with `retort upgrade heads`");
    }

    /** Resolves an id, a unique id prefix or a branch label to one revision id. */
    public String resolveRevision(String spec) {
        return new TargetResolver(this).revision(spec);
    }

    /**
     * The revisions a spec names, without a database: {@code head}, {@code heads}, {@code base}, ids, prefixes,
     * labels, {@code LABEL@head} and {@code REV+N}/{@code REV-N}. Empty for {@code base}.
     */
    public List<String> resolve(String spec) {
        return new TargetResolver(this).resolve(spec, null, false);
    }

    /**
     * The revisions the database should be at after {@code upgrade target}, as heads.
     * {@code current} is the version table's content.
     */
    public List<String> resolveUpgradeTarget(String target, List<String> current) {
        return new TargetResolver(this).resolve(target, current, false);
    }

    /**
     * The heads the database keeps after {@code downgrade target}, as in Alembic: a revision keeps itself and
     * its ancestors and reverts what descends from it (other branches stay); {@code base} reverts everything;
     * {@code LABEL@base} reverts the labelled branch from its base. {@code current} is the version table's content.
     */
    public List<String> resolveDowngradeTarget(String target, List<String> current) {
        return new TargetResolver(this).downgrade(target, current);
    }

    /**
     * The parents of a new revision: the single head by default, the revision(s) {@code headSpec} names
     * ({@code REV}, {@code LABEL@head}, {@code heads}), or none for {@code base}. Without {@code splice} each
     * parent must be a head, as in Alembic.
     */
    public List<String> parentsForNewRevision(String headSpec, boolean splice) {
        TargetResolver resolver = new TargetResolver(this);
        if (headSpec == null || headSpec.equals("head")) {
            List<String> heads = heads();
            if (heads.size() > 1) {
                throw new MultipleHeadsException(heads, "Multiple heads are present: " + String.join(", ", heads)
                        + "; a new revision needs to know which one it follows. Join them first with"
                        + " `retort merge heads -m \"merge heads\"`, or pick one with --head " + heads.get(0));
            }
            return heads;
        }
        List<String> parents = resolver.resolve(headSpec, null, false);
        if (!splice) {
            for (String p : parents) {
                if (!childrenOf(p).isEmpty()) {
                    throw new RevisionGraphException("Revision " + p + " is not a head: " + String.join(", ",
                            childrenOf(p)) + " already revise" + (childrenOf(p).size() == 1 ? "s" : "") + " it."
                            + " Pass --splice to start a new branch from " + p + ", or use --head with a head ("
                            + String.join(", ", heads()) + ")");
                }
            }
        }
        return parents;
    }

    /** The heads a merge revision joins: each spec names heads ({@code heads} names all); at least two. */
    public List<String> parentsForMerge(List<String> specs) {
        TargetResolver resolver = new TargetResolver(this);
        Set<String> parents = new LinkedHashSet<>();
        for (String spec : specs) {
            for (String id : resolver.resolve(spec, null, false)) {
                if (!childrenOf(id).isEmpty()) {
                    throw new RevisionGraphException("Revision " + id + " is not a head (" + String.join(", ",
                            childrenOf(id)) + " revise" + (childrenOf(id).size() == 1 ? "s" : "") + " it); merge"
                            + " joins heads, and the heads are " + String.join(", ", heads())
                            + ". Run `retort merge heads -m MSG` to join them all");
                }
                parents.add(id);
            }
        }
        if (parents.size() < 2) {
            throw new RevisionGraphException("Nothing to merge: a merge joins two or more heads, but "
                    + (parents.isEmpty() ? "no revision was named" : "only " + String.join(", ", parents)
                    + " was named") + "; the heads are " + (heads().isEmpty() ? "<none>" : String.join(", ", heads()))
                    + (heads().size() < 2 ? ", so there is no branch to join" : "; name two or more, or use `heads`"));
        }
        return List.copyOf(parents);
    }

    /**
     * The revisions of a history range ({@code start:end}, {@code -N:}, {@code REV:}, {@code :REV},
     * {@code base:head}, {@code current:}), newest first; {@code null} or empty means all of them.
     *
     * @param current the database's heads, or {@code null} when it was not read ({@code current} is then refused)
     */
    public List<String> history(String range, List<String> current) {
        return new HistoryRange(this, new TargetResolver(this)).select(range, current);
    }

    /** True when {@link #history} needs the database's heads for {@code range} (it names {@code current}). */
    public static boolean historyNeedsCurrent(String range) {
        return HistoryRange.needsCurrent(range);
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

    /**
     * The steps that revert a database at {@code current} down to {@code targets}, kept with their ancestors;
     * everything else applied is reverted, newest first. See {@link #resolveDowngradeTarget} for the targets.
     */
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
        Collections.reverse(order);
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
    List<String> headsOf(Set<String> applied) {
        return applied.stream().filter(id -> childrenOf(id).stream().noneMatch(applied::contains)).sorted().toList();
    }

    /** Ids in topological order. */
    List<String> order() {
        return List.copyOf(nodes.keySet());
    }

    RevisionNode requireNode(String id) {
        RevisionNode n = nodes.get(id);
        if (n == null) {
            throw new RevisionGraphException("The database is at revision " + id + ", which no migration file has;"
                    + " restore that migration, or record the right revision with `retort stamp REV`");
        }
        return n;
    }
}
