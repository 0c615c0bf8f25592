package dev.retort.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a table.
 *
 * @param name the physical column name, as the database spells it
 * @param type the canonical type
 * @param nullable whether NULL is allowed
 * @param defaultValue the server default as a normalised SQL expression, if any
 * @param identity whether the database generates values (identity / auto-increment)
 */
public record Column(String name, ColumnType type, boolean nullable, Optional<String> defaultValue, boolean identity) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name is blank");
        }
    }

    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, Optional.empty(), false);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultValue, identity);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity);
    }

    public Column withDefault(Optional<String> newDefault) {
        return new Column(name, type, nullable, newDefault, identity);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity);
    }

    /** A short human description, e.g. {@code varchar(255) NOT NULL DEFAULT 'x'}. */
    public String describe() {
        StringBuilder b = new StringBuilder(type.toString());
        b.append(nullable ? " NULL" : " NOT NULL");
        defaultValue.ifPresent(d -> b.append(" DEFAULT ").append(d));
        if (identity) {
            b.append(" IDENTITY");
        }
        return b.toString();
    }
}
