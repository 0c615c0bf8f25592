package dev.retort.ops;

import dev.retort.model.Table;
import java.util.Objects;

/** Drops a table with its indexes; carries its full definition so the drop can be undone (the rows cannot). */
public record DropTable(Table definition) implements MigrationOp, TableOp {

    public DropTable {
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public String table() {
        return definition.name();
    }

    @Override
    public MigrationOp inverse() {
        return new CreateTable(definition);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
