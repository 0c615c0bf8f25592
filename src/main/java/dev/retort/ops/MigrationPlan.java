package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An ordered list of ops; {@link #inverse()} is the exact undo: each op inverted, in reverse order.
 *
 * @param ops the ops, in application order
 */
public record MigrationPlan(List<MigrationOp> ops) {

    public MigrationPlan {
        ops = List.copyOf(ops);
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    public MigrationPlan inverse() {
        List<MigrationOp> reversed = new ArrayList<>(ops.size());
        for (MigrationOp op : ops) {
            reversed.add(op.inverse());
        }
        Collections.reverse(reversed);
        return new MigrationPlan(reversed);
    }
}
