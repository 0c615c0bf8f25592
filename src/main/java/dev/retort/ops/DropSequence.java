package dev.retort.ops;

import dev.retort.model.Sequence;
import java.util.Objects;

/** Drops a sequence; carries its definition. */
public record DropSequence(Sequence sequence) implements MigrationOp {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    /** Not a table op: empty. */

    @Override
    public MigrationOp inverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }
}
