package dev.retort.ops;

import dev.retort.model.Sequence;
import java.util.Objects;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements MigrationOp {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    /** Not a table op: empty. */

    @Override
    public MigrationOp inverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }
}
