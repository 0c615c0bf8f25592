package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.Objects;

/**
 * A database sequence, as {@code @SequenceGenerator} (or a PostgreSQL {@code AUTO} id) needs.
 *
 * @param name the sequence name
 * @param start the first value
 * @param increment the step (Hibernate's allocation size)
 */
@PublicApi
public record Sequence(String name, long start, long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " has increment 0");
        }
    }
}
