package dev.retort.ops;

import dev.retort.model.Column;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One aspect of a column that an {@link AlterColumn} changes. The differ decides which aspects differ, by its own
 * rules for what counts as the same (a type a database stores as another, an identity's integer width on SQLite,
 * comments where the database keeps none), and records them in the op; {@code check}'s description, the review
 * notes and the dialects' statements read them from there instead of comparing the columns again.
 */
public enum ColumnChange {
    TYPE, NULLABILITY, DEFAULT, IDENTITY, COMMENT;

    /** Every aspect in which {@code from} and {@code to} differ, compared exactly. */
    public static Set<ColumnChange> between(Column from, Column to) {
        EnumSet<ColumnChange> changes = EnumSet.noneOf(ColumnChange.class);
        if (!from.type().equals(to.type())) {
            changes.add(TYPE);
        }
        if (from.nullable() != to.nullable()) {
            changes.add(NULLABILITY);
        }
        if (!from.defaultValue().equals(to.defaultValue())) {
            changes.add(DEFAULT);
        }
        if (from.identity() != to.identity()) {
            changes.add(IDENTITY);
        }
        if (!from.comment().equals(to.comment())) {
            changes.add(COMMENT);
        }
        return Collections.unmodifiableSet(changes);
    }

    /** The word machine-readable output uses for the aspect: {@code type}, {@code nullable}, {@code default}, … */
    public String word() {
        return this == NULLABILITY ? "nullable" : name().toLowerCase(Locale.ROOT);
    }
}
