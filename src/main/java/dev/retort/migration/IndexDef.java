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
}
