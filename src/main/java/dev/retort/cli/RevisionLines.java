package dev.retort.cli;

import dev.retort.app.Results;

/** One-line and verbose renderings of a revision, as history, heads and current print them. */
final class RevisionLines {
    private RevisionLines() {
    }

    static String line(Results.RevisionInfo r) {
        String parents = r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents());
        return parents + " -> " + r.id() + (r.isHead() ? " (head)" : "") + (r.isCurrent() ? " (current)" : "")
                + ", " + r.message();
    }

    static String verbose(Results.RevisionInfo r) {
        return "Rev: " + r.id() + (r.isHead() ? " (head)" : "") + (r.isCurrent() ? " (current)" : "") + "\n"
                + "Parent: " + (r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())) + "\n"
                + "Path: " + r.source() + "\n"
                + "Created: " + r.created() + "\n\n"
                + "    " + r.message() + "\n";
    }
}
