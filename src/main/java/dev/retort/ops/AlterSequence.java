package dev.retort.ops;

import dev.retort.model.Sequence;
import java.util.Objects;

/**
 * Changes a sequence's start or increment in place; carries the definition before so that it can be restored.
 * The sequence's current value is kept: values already handed out are never handed out again.
 *
 * @param from the sequence before
 * @param to the sequence after, with the same name
 */
public record AlterSequence(Sequence from, Sequence to) implements MigrationOp {

    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alterSequence changes one sequence, but got " + from.name() + " and "
                    + to.name() + "; a renamed sequence is a dropSequence and a createSequence");
        }
    }

    /** Not a table op: empty. */

    /** The sequence's name. */
    public String name() {
        return to.name();
    }

    @Override
    public MigrationOp inverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterSequence(this);
    }
}
