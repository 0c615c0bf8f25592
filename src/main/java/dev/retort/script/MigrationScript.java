package dev.retort.script;

import dev.retort.migration.Migration;
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
}
