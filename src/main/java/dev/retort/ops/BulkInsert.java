package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inserts literal rows, for data migrations. Each row maps column names to values: String, Number, Boolean,
 * byte[], null, a {@code java.time} value, UUID, enum, or a Map or List for JSON, which each dialect writes as the
 * database and its driver store them ({@code dialect.RowValues}); rows keep their column order.
 *
 * @param table the target table
 * @param rows the rows to insert
 */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements MigrationOp, TableOp {

    public BulkInsert {
        Objects.requireNonNull(table, "table");
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = List.copyOf(copy);
    }

    @Override
    public MigrationOp inverse() {
        throw new IrreversibleOperationException("bulkInsert into " + table + " has no automatic inverse;"
                + " delete the rows in the migration's downgrade() with op.execute(\"DELETE FROM ...\")");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitBulkInsert(this);
    }
}
