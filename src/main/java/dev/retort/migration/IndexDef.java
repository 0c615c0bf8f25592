package dev.retort.migration;

import dev.retort.model.Index;
import java.util.Objects;

/**
 * An index: {@code index("ix_alerts_mmsi", "mmsi")} or {@code uniqueIndex(...)}.
 *
 * @param index the model index it stands for
 */
public record IndexDef(Index index) implements TableElement {
    public IndexDef {
        Objects.requireNonNull(index, "index");
    }

    /**
     * The index method where the database has one ({@code "gin"} on PostgreSQL for JSONB and arrays);
     * databases without methods build their default index.
     */
    public IndexDef using(String method) {
        return new IndexDef(index.withMethod(method));
    }

    /** Makes it a partial index: {@code .where("deleted_at IS NULL")}. */
    public IndexDef where(String predicate) {
        return new IndexDef(index.withWhere(java.util.Optional.of(predicate)));
    }
}
