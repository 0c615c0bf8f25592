package dev.retort.ops;

import dev.retort.model.EnumType;
import java.util.Objects;

/** Drops a named enum type; carries its labels. */
public record DropEnumType(EnumType enumType) implements MigrationOp {

    public DropEnumType {
        Objects.requireNonNull(enumType, "enumType");
    }

    /** Not a table op: empty. */

    @Override
    public MigrationOp inverse() {
        return new CreateEnumType(enumType);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropEnumType(this);
    }
}
