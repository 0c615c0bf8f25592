package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.List;
import java.util.Objects;

/**
 * A named enumerated type (PostgreSQL {@code CREATE TYPE … AS ENUM}), with its labels in order.
 *
 * @param name the type name
 * @param values the labels, in declaration order
 */
@PublicApi
public record EnumType(String name, List<String> values) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
