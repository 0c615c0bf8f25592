package dev.retort.migration;

import dev.retort.model.UniqueConstraint;
import java.util.Objects;

/**
 * A UNIQUE constraint: {@code unique("uq_users_email", "email")}.
 *
 * @param constraint the model constraint it stands for
 */
public record UniqueDef(UniqueConstraint constraint) implements TableElement {
    public UniqueDef {
        Objects.requireNonNull(constraint, "constraint");
    }
}
