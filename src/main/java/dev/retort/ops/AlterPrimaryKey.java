package dev.retort.ops;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds, changes or drops a table's primary key; carries the key before, and its constraint name, so that it can
 * be restored.
 *
 * @param table the table
 * @param from the primary-key columns before, in key order (empty for none)
 * @param to the primary-key columns after, in key order (empty to drop the key)
 * @param fromName the name of the key before when it is not the database's default (see
 *     {@link dev.retort.model.Table#primaryKeyName()}): the constraint to drop
 * @param toName the name to give the new key, empty for the database's default
 */
public record AlterPrimaryKey(String table, List<String> from, List<String> to, Optional<String> fromName,
                              Optional<String> toName) implements MigrationOp, TableOp {

    public AlterPrimaryKey {
        Objects.requireNonNull(table, "table");
        from = List.copyOf(from);
        to = List.copyOf(to);
        fromName = from.isEmpty() ? Optional.empty() : fromName.filter(n -> !n.isEmpty());
        toName = to.isEmpty() ? Optional.empty() : toName.filter(n -> !n.isEmpty());
    }

    /** A change between keys that both have the database's default name. */
    public AlterPrimaryKey(String table, List<String> from, List<String> to) {
        this(table, from, to, Optional.empty(), Optional.empty());
    }

    @Override
    public MigrationOp inverse() {
        return new AlterPrimaryKey(table, to, from, toName, fromName);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterPrimaryKey(this);
    }
}
