package dev.retort.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types into revision ids, the way Alembic reads it: {@code base}, {@code head},
 * {@code heads}, an id, a unique prefix, a branch label, {@code LABEL@head}, {@code LABEL@heads},
 * {@code LABEL@REV}, and the relative forms {@code [LABEL@][ANCHOR](+|-)N}, whose anchor is the database's
 * current revision when omitted.
 */
final class TargetResolver {
    /** {@code [LABEL@][ANCHOR](+|-)N}; labels and ids never hold '@', '+', '-' or ':'. */
    private static final Pattern RELATIVE = Pattern.compile("^(?:([^@+\\-:]+)@)?([^@+\\-:]*)([+-])(\\d+)$");

    private final RevisionGraph graph;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /** An id, a unique prefix or a label, as one revision id. */
    String revision(String spec) {
        if (graph.contains(spec)) {
            return spec;
        }
        String labelled = graph.branchLabels().get(spec);
        if (labelled != null) {
            return labelled;
        }
        List<String> matches = spec.isEmpty() ? List.of()
                : graph.order().stream().filter(id -> id.startsWith(spec)).sorted().toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new RevisionGraphException("Can't locate revision identified by '" + spec + "': the prefix is"
                    + " ambiguous, it matches " + String.join(", ", matches) + "; type more characters of the id");
        }
        throw new RevisionGraphException("Can't locate revision identified by '" + spec + "'; run `retort history`"
                + " to see the revision ids, or use head, heads, base, +N or -N");
    }

    /**
     * The revisions {@code spec} names. {@code current} anchors relative specs without an anchor; {@code null}
     * when no database was read. {@code down} reads a bare {@code -N} as a downgrade does.
     */
    List<String> resolve(String spec, List<String> current, boolean down) {
        Matcher m = RELATIVE.matcher(spec);
        if (m.matches()) {
            int steps = steps(spec, m.group(4));
            if (steps == 0) {
                throw new RevisionGraphException("Relative revision " + spec + " moves no step; use a number of"
                        + " revisions from 1 up (+1, -2), or name the revision");
            }
            int delta = steps * (m.group(3).equals("+") ? 1 : -1);
            return relative(spec, m.group(1), m.group(2), delta, current, down);
        }
        return absolute(spec);
    }

    /** The number of steps in {@code +N}/{@code -N}; one beyond any history is refused, not overflowed. */
    static int steps(String spec, String digits) {
        String n = digits.replaceFirst("^0+(?=\\d)", "");
        if (n.length() > 9) {
            throw new RevisionGraphException("Relative revision " + spec + " counts " + digits + " steps, more than"
                    + " any history holds; use `retort history` to count the revisions, or name the target");
        }
        return Integer.parseInt(n);
    }

    private List<String> absolute(String spec) {
        switch (spec) {
            case "base":
                return List.of();
            case "heads":
                return graph.heads();
            case "head":
                return graph.singleHead().map(List::of).orElse(List.of());
            default:
                break;
        }
        int at = spec.indexOf('@');
        if (at < 0) {
            return List.of(revision(spec));
        }
        String label = spec.substring(0, at);
        String rest = spec.substring(at + 1);
        String root = branchRoot(label, spec);
        List<String> branchHeads = graph.heads().stream().filter(h -> graph.ancestry(List.of(h)).contains(root)).toList();
        return switch (rest) {
            case "head" -> {
                if (branchHeads.size() > 1) {
                    throw new MultipleHeadsException(branchHeads, "Branch " + label + " has several heads ("
                            + String.join(", ", branchHeads) + "); merge them with `retort merge "
                            + String.join(" ", branchHeads) + " -m \"merge " + label + "\"`, or name one of them");
                }
                yield branchHeads;
            }
            case "heads" -> branchHeads;
            case "base" -> List.of();
            default -> {
                String id = revision(rest);
                if (!lineage(root).contains(id)) {
                    throw new RevisionGraphException("Revision " + id + " is not a member of branch " + label
                            + "; it neither descends from nor leads to " + root + ". Drop the '" + label
                            + "@' or name a revision of that branch");
                }
                yield List.of(id);
            }
        };
    }

    /** The revision a branch starts from: the one declaring the label, or a revision named by id. */
    String branchRoot(String label, String spec) {
        String labelled = graph.branchLabels().get(label);
        if (labelled != null) {
            return labelled;
        }
        try {
            return revision(label);
        } catch (RevisionGraphException e) {
            throw new RevisionGraphException("Can't locate revision identified by '" + spec + "': no revision has"
                    + " branch label '" + label + "' (" + (graph.branchLabels().isEmpty() ? "no labels are declared"
                    : "the labels are " + String.join(", ", graph.branchLabels().keySet())) + "); add it with"
                    + " `retort revision --branch-label " + label + "`, or check the spelling");
        }
    }

    /** The revisions a branch shares history with: ancestors and descendants of its root. */
    private Set<String> lineage(String root) {
        Set<String> all = new HashSet<>(graph.ancestry(List.of(root)));
        all.addAll(graph.descendants(List.of(root)));
        return all;
    }

    private List<String> relative(String spec, String label, String anchor, int delta, List<String> current,
                                  boolean down) {
        Set<String> lineage = label == null ? null : lineage(branchRoot(label, spec));
        String at;
        if (!anchor.isEmpty()) {
            List<String> start = absolute(label == null ? anchor : label + "@" + anchor);
            if (start.size() > 1) {
                throw new RevisionGraphException("Relative revision " + spec + " is ambiguous: " + anchor
                        + " names " + String.join(", ", start) + "; name one revision before the +/-");
            }
            at = start.isEmpty() ? null : start.get(0);
        } else {
            if (current == null) {
                throw new RevisionGraphException("Relative revision " + spec + " counts from the database's"
                        + " current revision, which this command does not read; name the revision (REV" + (delta > 0
                        ? "+" : "") + delta + ") instead");
            }
            if (down == delta > 0) {
                throw new RevisionGraphException("Relative revision " + spec + " goes " + (down ? "up" : "down")
                        + ", but this command moves " + (down ? "down" : "up") + "; use `retort "
                        + (down ? "upgrade" : "downgrade") + " " + spec + "` instead");
            }
            at = startOf(spec, current, lineage);
        }
        for (int i = 0; i < Math.abs(delta); i++) {
            if (delta > 0) {
                List<String> next = new ArrayList<>(at == null ? graph.bases() : graph.childrenOf(at));
                if (lineage != null) {
                    next.retainAll(lineage);
                }
                if (next.size() != 1) {
                    throw new RevisionGraphException(next.isEmpty()
                            ? "Relative revision " + spec + " goes past the head; only " + i + " revision(s) are ahead"
                            : "Relative revision " + spec + " is ambiguous at a branch point (" + String.join(", ", next)
                                    + "); name the revision instead, or a branch (LABEL@+N)");
                }
                at = next.get(0);
            } else {
                if (at == null) {
                    throw new RevisionGraphException("Relative revision " + spec + " goes below base; only " + i
                            + " revision(s) are applied");
                }
                List<String> parents = graph.requireNode(at).parents();
                if (parents.size() > 1) {
                    if (i == Math.abs(delta) - 1) {
                        // one merge level down, as Alembic steps: the merge goes, each branch it joined stays
                        return parents.stream().sorted().toList();
                    }
                    throw new RevisionGraphException("Relative revision " + spec + " crosses the merge " + at
                            + ", which revises " + String.join(", ", parents) + ", and would go on below it on more"
                            + " than one branch; step down to the merge's branches first (" + (i == 0 ? "" : at)
                            + "-1), then name the revision to go to (for example " + parents.get(0) + ")");
                }
                at = parents.isEmpty() ? null : parents.get(0);
            }
        }
        return at == null ? List.of() : List.of(at);
    }

    /**
     * Where a relative spec without anchor starts: the database's head, or with a label the head on that
     * branch, or the newest applied revisions of the branch when none of its revisions is a head yet.
     */
    private String startOf(String spec, List<String> current, Set<String> lineage) {
        List<String> candidates = current;
        if (lineage != null) {
            candidates = current.stream().filter(lineage::contains).toList();
            if (candidates.isEmpty()) {
                Set<String> applied = new HashSet<>(graph.ancestry(current));
                applied.retainAll(lineage);
                candidates = graph.headsOf(applied);
            }
        }
        if (candidates.size() > 1) {
            throw new RevisionGraphException("The database is at several heads (" + String.join(", ", candidates)
                    + "); relative revision " + spec + " is ambiguous, name a revision (REV" + spec + ") or a branch"
                    + " (LABEL@" + spec + ") instead");
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** See {@link RevisionGraph#resolveDowngradeTarget}. */
    List<String> downgrade(String target, List<String> current) {
        current.forEach(graph::requireNode);
        Set<String> applied = new HashSet<>(graph.ancestry(current));
        Set<String> revert = new HashSet<>();
        if (target.equals("base")) {
            revert.addAll(applied);
        } else if (target.endsWith("@base")) {
            String label = target.substring(0, target.length() - "@base".length());
            String root = branchRoot(label, target);
            List<String> bases = graph.ancestry(List.of(root)).stream().filter(id -> graph.requireNode(id).parents()
                    .isEmpty()).toList();
            revert.addAll(graph.descendants(bases));
        } else {
            List<String> targets = resolve(target, current, true);
            for (String t : targets) {
                if (!applied.contains(t)) {
                    throw new RevisionGraphException("Downgrade target " + t + " is not below the database's current"
                            + " revision(s) " + (current.isEmpty() ? "<base>" : String.join(", ", current))
                            + "; use `retort upgrade` to move forward, or `retort current` to see where it is");
                }
            }
            if (targets.isEmpty()) {
                revert.addAll(applied); // base, or a relative walk that ends below the first revision
            } else {
                // What descends from the targets goes; with LABEL@ only what is on that branch (as in Alembic).
                List<String> roots = targets.stream().flatMap(t -> graph.childrenOf(t).stream()).distinct().toList();
                int at = target.indexOf('@');
                if (at > 0) {
                    Set<String> branch = lineage(branchRoot(target.substring(0, at), target));
                    roots = roots.stream().filter(branch::contains).toList();
                }
                revert.addAll(graph.descendants(roots));
            }
        }
        applied.removeAll(revert);
        return graph.headsOf(applied);
    }
}
