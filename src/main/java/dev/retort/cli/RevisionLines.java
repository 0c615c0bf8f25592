package dev.retort.cli;

import dev.retort.app.Results;
import java.util.List;

/** One-line and verbose renderings of a revision, as history, heads, branches, show and current print them. */
final class RevisionLines {
    private RevisionLines() {
    }

    /** {@code PARENTS -> ID (labels) (head) (current) (branchpoint) (mergepoint), message}, as history prints it. */
    static String line(Results.RevisionInfo r) {
        return ids(r.parents()) + " -> " + marked(r) + ", " + r.message();
    }

    /** {@code ID (labels) (head) (current) (branchpoint) (mergepoint)}. */
    static String marked(Results.RevisionInfo r) {
        return marked(r, true);
    }

    /** As {@link #marked(Results.RevisionInfo)}, leaving out "(current)" where every line would have it. */
    static String marked(Results.RevisionInfo r, boolean showCurrent) {
        return r.id() + (r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", r.branchLabels()) + ")")
                + (r.isHead() ? " (head)" : "") + (showCurrent && r.isCurrent() ? " (current)" : "")
                + (r.isBranchPoint() ? " (branchpoint)" : "") + (r.isMergePoint() ? " (mergepoint)" : "")
                + (r.isEdited() ? " (edited since applied)" : "");
    }

    static String verbose(Results.RevisionInfo r) {
        return verbose(r, false);
    }

    /**
     * A block of {@code Key: value} lines and the indented message, ending with a blank line. {@code withChildren}
     * adds a Children line for every revision (show); otherwise branch points list theirs as "Branches into".
     */
    static String verbose(Results.RevisionInfo r, boolean withChildren) {
        StringBuilder b = new StringBuilder();
        b.append("Rev: ").append(r.id()).append(r.isHead() ? " (head)" : "")
                .append(r.isBranchPoint() ? " (branchpoint)" : "").append(r.isMergePoint() ? " (mergepoint)" : "")
                .append(r.isCurrent() ? " (current)" : "").append('\n');
        b.append(r.isMergePoint() ? "Merges: " : "Parent: ").append(ids(r.parents())).append('\n');
        if (withChildren) {
            b.append("Children: ").append(r.children().isEmpty() ? "<none>" : String.join(", ", r.children())).append('\n');
        } else if (r.isBranchPoint()) {
            b.append("Branches into: ").append(String.join(", ", r.children())).append('\n');
        }
        if (!r.branchLabels().isEmpty()) {
            b.append("Branch names: ").append(String.join(", ", r.branchLabels())).append('\n');
        }
        b.append("Path: ").append(r.source()).append('\n');
        b.append("Created: ").append(r.created()).append('\n');
        checksum(r.checksum()).ifPresent(c -> b.append("Checksum: ").append(c).append('\n'));
        b.append('\n');
        r.message().lines().forEach(line -> b.append("    ").append(line).append('\n'));
        return b.toString();
    }

    /** What the checksum recorded when the revision was applied says, when the database was asked. */
    static java.util.Optional<String> checksum(Results.Checksum checksum) {
        return java.util.Optional.ofNullable(switch (checksum) {
            case NOT_READ -> null;
            case NOT_RECORDED -> "not recorded (stamped, or applied before checksums were recorded)";
            case MATCHES -> "matches the one recorded when it was applied";
            case EDITED -> "EDITED since it was applied: its upgrade no longer has the recorded checksum";
            case UNKNOWN_FORM -> "recorded by a newer Retort in a form this one does not know; not compared";
        });
    }

    static String ids(List<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }
}
