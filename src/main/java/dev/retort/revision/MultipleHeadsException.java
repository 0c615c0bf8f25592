package dev.retort.revision;

import java.util.List;

/**
 * A command needed one head ({@code head}, a new revision's parent) but the graph has several. The message says
 * how to join them ({@code retort merge heads}) or name one.
 */
public final class MultipleHeadsException extends RevisionGraphException {
    private final List<String> heads;

    public MultipleHeadsException(List<String> heads, String message) {
        super(message);
        this.heads = List.copyOf(heads);
    }

    /** The heads found, in topological order. */
    public List<String> heads() {
        return heads;
    }
}
