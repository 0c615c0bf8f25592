package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An ordered list of ops; {@link #inverse()} is the exact undo: each op inverted, in reverse order.
 *
 * @param ops the ops, in application order
 * @param confirmed the ops among {@code ops} that somebody decided on while the plan was made, such as renames
 *     answered yes at {@code autogenerate --interactive}; the others are what the differ inferred, and a rename
 *     among those is a guess to review
 */
public record MigrationPlan(List<MigrationOp> ops, List<MigrationOp> confirmed) {

    public MigrationPlan {
        ops = List.copyOf(ops);
        confirmed = List.copyOf(confirmed);
        for (MigrationOp op : confirmed) {
            if (!ops.contains(op)) {
                throw new IllegalArgumentException("confirmed op " + op + " is not in the plan");
            }
        }
    }

    /** A plan nobody confirmed any part of. */
    public MigrationPlan(List<MigrationOp> ops) {
        this(ops, List.of());
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    public boolean isConfirmed(MigrationOp op) {
        return confirmed.contains(op);
    }

    /** Each op inverted, in reverse order; an op confirmed here is confirmed in its inverse. */
    public MigrationPlan inverse() {
        List<MigrationOp> reversed = new ArrayList<>(ops.size());
        for (MigrationOp op : ops) {
            reversed.add(op.inverse());
        }
        Collections.reverse(reversed);
        return new MigrationPlan(reversed, confirmed.stream().map(MigrationOp::inverse).toList());
    }
}
