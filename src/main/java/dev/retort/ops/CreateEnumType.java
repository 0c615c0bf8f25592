package dev.retort.ops;

import dev.retort.model.EnumType;
import java.util.Objects;

/** Creates a named enum type (a no-op where the database has none). */
public record CreateEnumType(EnumType enumType) implements MigrationOp {

    public CreateEnumType {
        Objects.requireNonNull(enumType, "enumType");
    }

    /** Not a table op: empty. */

    @Override
    public MigrationOp inverse() {
        return new DropEnumType(enumType);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateEnumType(this);
    }
}
