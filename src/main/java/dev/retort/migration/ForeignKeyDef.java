package dev.retort.migration;

import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;
import java.util.Objects;

/**
 * A foreign key: {@code foreignKey("fk_alerts_mmsi", List.of("mmsi"), "vessels_latest", List.of("mmsi")).onDelete(CASCADE)}.
 * Both actions default to NO ACTION.
 *
 * @param foreignKey the model foreign key it stands for
 */
public record ForeignKeyDef(ForeignKey foreignKey) implements TableElement {
    public ForeignKeyDef {
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    /** What the database does to referencing rows when the referenced row is deleted. */
    public ForeignKeyDef onDelete(ReferentialAction action) {
        return new ForeignKeyDef(foreignKey.withOnDelete(action));
    }

    /**
     * What the database does to referencing rows when the referenced key changes. Entities cannot declare one, so
     * autogenerate writes it only to restore such a key of the database in a downgrade.
     */
    public ForeignKeyDef onUpdate(ReferentialAction action) {
        return new ForeignKeyDef(foreignKey.withOnUpdate(action));
    }
}
