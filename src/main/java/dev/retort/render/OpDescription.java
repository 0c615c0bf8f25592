package dev.retort.render;

import java.util.List;
import java.util.Optional;

/**
 * How one op is explained to a reader of the migration.
 *
 * @param summaryLine one line for the CLI and the class Javadoc, e.g. {@code + column users.email}
 * @param phrase a lower-case verb phrase for the summary paragraph, e.g. {@code adds column users.email}
 * @param reviewNotes what a reviewer must check before running it; empty for safe ops
 * @param undoTodo for an op without an automatic inverse, what the author must write in {@code downgrade()}
 */
record OpDescription(String summaryLine, String phrase, List<String> reviewNotes, Optional<String> undoTodo) {

    OpDescription {
        reviewNotes = List.copyOf(reviewNotes);
    }

    static OpDescription of(String summaryLine, String phrase) {
        return new OpDescription(summaryLine, phrase, List.of(), Optional.empty());
    }

    OpDescription withReviewNotes(List<String> notes) {
        return new OpDescription(summaryLine, phrase, notes, undoTodo);
    }

    boolean isRisky() {
        return !reviewNotes.isEmpty();
    }
}
