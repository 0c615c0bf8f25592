package dev.retort.ops;

import dev.retort.model.EnumType;
import java.util.List;
import java.util.Objects;

/**
 * Changes the labels of a named enum type in place: adds, removes or reorders them. Carries the labels before,
 * so that it can be undone. Removing a label is destructive: a row that holds it cannot be converted, so the
 * change fails while any does.
 *
 * @param from the type before
 * @param to the type after, with the same name
 */
public record AlterEnumType(EnumType from, EnumType to) implements MigrationOp {

    public AlterEnumType {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alterEnumType changes one enum type, but got " + from.name() + " and "
                    + to.name() + "; a renamed type is a createEnumType and a dropEnumType");
        }
    }

    /** Not a table op: empty. */

    /** The type's name. */
    public String name() {
        return to.name();
    }

    /**
     * Whether the change only adds labels: the labels before appear in the labels after, in the same order, so
     * each new label can be inserted where it belongs and no value changes.
     */
    public boolean onlyAddsLabels() {
        int next = 0;
        for (String label : to.values()) {
            if (next < from.values().size() && from.values().get(next).equals(label)) {
                next++;
            }
        }
        return next == from.values().size();
    }

    /** The labels after that were not there before, in their new order. */
    public List<String> addedLabels() {
        return to.values().stream().filter(v -> !from.values().contains(v)).toList();
    }

    /** The labels before that are gone after, in their old order. */
    public List<String> removedLabels() {
        return from.values().stream().filter(v -> !to.values().contains(v)).toList();
    }

    @Override
    public MigrationOp inverse() {
        return new AlterEnumType(to, from);
    }

    /**
     * True when a label goes away: the change fails while any row holds it, so those rows must be changed first,
     * and downgrade() brings the label back but not the values they held.
     */

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterEnumType(this);
    }
}
