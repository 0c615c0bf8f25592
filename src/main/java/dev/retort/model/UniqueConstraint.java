package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A UNIQUE constraint. Compared by columns; the name is trusted only when someone chose it.
 *
 * @param name the constraint name, empty when the mapping left it to the database
 * @param columns the constrained columns, in order
 */
@PublicApi
public record UniqueConstraint(Optional<String> name, List<String> columns) {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint has no columns");
        }
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(Optional.of(newName), columns);
    }

    public boolean sameShape(UniqueConstraint other) {
        return columns.equals(other.columns);
    }
}
