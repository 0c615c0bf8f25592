package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a table.
 *
 * <p>An empty comment is no comment: PostgreSQL removes a comment set to {@code ''}
 * (https://www.postgresql.org/docs/current/sql-comment.html), so the model cannot hold one.
 *
 * @param name the physical column name, as the database spells it
 * @param type the canonical type
 * @param nullable whether NULL is allowed
 * @param defaultValue the server default as a normalised SQL expression, if any
 * @param identity whether the database generates values (identity / auto-increment)
 * @param comment the column's comment, verbatim, if any
 */
@PublicApi
public record Column(String name, ColumnType type, boolean nullable, Optional<String> defaultValue, boolean identity,
                     Optional<String> comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(comment, "comment");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name is blank");
        }
        comment = comment.filter(c -> !c.isEmpty());
    }

    /** A column without a comment. */
    public Column(String name, ColumnType type, boolean nullable, Optional<String> defaultValue, boolean identity) {
        this(name, type, nullable, defaultValue, identity, Optional.empty());
    }

    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, Optional.empty(), false);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity, comment);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultValue, identity, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, comment);
    }

    public Column withDefault(Optional<String> newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity, comment);
    }

    public Column withComment(Optional<String> newComment) {
        return new Column(name, type, nullable, defaultValue, identity, newComment);
    }

    /** A short human description, e.g. {@code varchar(255) NOT NULL DEFAULT 'x' COMMENT 'e-mail'}. */
    public String describe() {
        StringBuilder b = new StringBuilder(type.toString());
        b.append(nullable ? " NULL" : " NOT NULL");
        defaultValue.ifPresent(d -> b.append(" DEFAULT ").append(d));
        if (identity) {
            b.append(" IDENTITY");
        }
        comment.ifPresent(c -> b.append(" COMMENT '").append(c.replace("'", "''").replace("\n", "\\n")).append('\''));
        return b.toString();
    }
}
