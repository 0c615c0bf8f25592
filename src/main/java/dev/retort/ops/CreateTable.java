package dev.retort.ops;

import dev.retort.model.Table;
import java.util.Objects;

/** Creates a table with its keys, constraints and indexes. */
public record CreateTable(Table definition) implements MigrationOp, TableOp {

    public CreateTable {
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public String table() {
        return definition.name();
    }

    @Override
    public MigrationOp inverse() {
        return new DropTable(definition);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
