package dev.retort.migration;

import java.util.Objects;

/**
 * A table's comment, written among its columns: {@code createTable("users", column(...), comment("People who log in"))}.
 *
 * @param text the comment, verbatim
 */
public record TableCommentDef(String text) implements TableElement {
    public TableCommentDef {
        Objects.requireNonNull(text, "text");
    }
}
