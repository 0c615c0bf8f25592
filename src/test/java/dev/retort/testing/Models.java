package dev.retort.testing;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import java.util.Comparator;

/** Model comparisons for tests. */
public final class Models {
    private Models() {
    }

    /**
     * The model with each table's columns sorted by name. Neither SQLite nor PostgreSQL can put a re-added
     * column back at its old position, so "the same schema" compares everything but column order.
     */
    public static SchemaModel ignoringColumnOrder(SchemaModel model) {
        return new SchemaModel(model.tables().stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                .toList());
    }
}
