package dev.retort.revision;

import java.util.List;

/**
 * One migration to run and how the version table changes with it.
 *
 * @param revision the revision whose upgrade (or downgrade) runs
 * @param upgrade true to apply, false to revert
 * @param headsBefore the version table's rows before the step
 * @param headsAfter the version table's rows after the step
 */
public record Step(String revision, boolean upgrade, List<String> headsBefore, List<String> headsAfter) {
    public Step {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }
}
