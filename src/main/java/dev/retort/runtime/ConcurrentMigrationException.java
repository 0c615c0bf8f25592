package dev.retort.runtime;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.revision.Step;
import java.util.List;

/** The version table moved under a running plan: another process migrated the same database meanwhile. */
public final class ConcurrentMigrationException extends RetortException {
    public ConcurrentMigrationException(Step step, List<String> actual) {
        super(ErrorCode.DATABASE, "Another process changed the database's revision while this one was migrating:"
                + " expected " + (step.headsBefore().isEmpty() ? "<base>" : String.join(", ", step.headsBefore()))
                + " before " + step.revision() + " but found " + (actual.isEmpty() ? "<base>" : String.join(", ", actual))
                + ". Nothing of " + step.revision() + " was applied; check `retort current` and run the command again");
    }
}
