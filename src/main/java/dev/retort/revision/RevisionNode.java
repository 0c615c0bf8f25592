package dev.retort.revision;

import java.util.List;
import java.util.Objects;

/**
 * One revision in the graph: its id, the revisions it follows, and its branch labels.
 *
 * @param id the revision id
 * @param parents the revisions this one revises (empty for a base, several for a merge)
 * @param branchLabels labels usable as {@code LABEL@head}
 */
public record RevisionNode(String id, List<String> parents, List<String> branchLabels) {
    public RevisionNode {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        branchLabels = List.copyOf(branchLabels);
    }

    public static RevisionNode of(String id, String... parents) {
        return new RevisionNode(id, List.of(parents), List.of());
    }
}
