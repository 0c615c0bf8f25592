package dev.retort.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a new revision goes in the graph, as {@code retort revision} takes it.
 *
 * @param head the parent: a head, {@code LABEL@head}, {@code base} for a new base, or with {@code splice} any
 *     revision; empty for the single head
 * @param splice allow a parent that is not a head, starting a new branch from it
 * @param branchLabels labels the new revision declares, for {@code LABEL@head} and {@code LABEL@base}
 */
public record RevisionOptions(Optional<String> head, boolean splice, List<String> branchLabels) {
    /** After the single head, no labels. */
    public static final RevisionOptions DEFAULT = new RevisionOptions(Optional.empty(), false, List.of());

    public RevisionOptions {
        Objects.requireNonNull(head, "head");
        branchLabels = List.copyOf(branchLabels);
    }
}
