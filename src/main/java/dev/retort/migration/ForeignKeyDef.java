package dev.retort.migration;

import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;
import java.util.Objects;

/**
 * A foreign key: {@code foreignKey("fk_alerts_mmsi", List.of("mmsi"), "vessels_latest", List.of("mmsi")).onDelete(CASCADE)}.
 *
 * @param foreignKey the model foreign key it stands for
 */
public record ForeignKeyDef(ForeignKey foreignKey) implements TableElement {
    public ForeignKeyDef {
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    public ForeignKeyDef onDelete(ReferentialAction action) {
        ForeignKey f = foreignKey;
        return new ForeignKeyDef(new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(), action));
    }
}
