package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.revision.RevisionNode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A loaded migration: its place in the graph, its metadata and an instance ready to record ops.
 *
 * @param node id, parents and branch labels from {@code @Revision}
 * @param created the creation date as written in the annotation
 * @param message the message as written in the annotation
 * @param source the source file it was compiled from
 * @param migration the instance
 */
public record MigrationScript(RevisionNode node, String created, String message, Path source, Migration migration) {
    public MigrationScript {
        Objects.requireNonNull(node);
        Objects.requireNonNull(created);
        Objects.requireNonNull(message);
        Objects.requireNonNull(source);
        Objects.requireNonNull(migration);
    }

    public String id() {
        return node.id();
    }

    /**
     * Runs the upgrade (or downgrade) body against a recorder and returns it, holding the ops the body recorded.
     * Whatever the body throws, an error of the JVM included ({@code StackOverflowError}, a static initializer's
     * {@code ExceptionInInitializerError}, a missing class), becomes a {@link RetortException} that names the
     * migration, so the command ends with one paragraph and exit status 2 or more, never a stack trace.
     */
    public Operations record(boolean upgrade) {
        Operations op = Operations.recorder();
        try {
            if (upgrade) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
        } catch (RetortException e) {
            throw e;
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            Throwable shown = e instanceof ExceptionInInitializerError init && init.getCause() != null
                    ? init.getCause() : e;
            throw new RetortException(ErrorCode.REVISION, "The " + (upgrade ? "upgrade" : "downgrade") + " body of "
                    + source.getFileName() + " (revision " + id() + ") threw " + shown.getClass().getName()
                    + (shown.getMessage() == null ? "" : ": " + shown.getMessage().strip().replaceAll("\\s+", " "))
                    + (e instanceof ExceptionInInitializerError ? " in a static initializer" : "")
                    + "; fix the migration (nothing was changed in the database)", e);
        }
        return op;
    }
}
