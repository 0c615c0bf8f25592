package dev.retort.ops;

import dev.retort.text.Text;
import java.util.Objects;

/**
 * Hand-written SQL, run as given on every database. It cannot be inverted or replayed on a model:
 * a migration that uses it writes its own downgrade.
 */
public record ExecuteSql(String sql) implements MigrationOp {

    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
    }

    @Override
    public MigrationOp inverse() {
        throw new IrreversibleOperationException("execute(\"" + Text.abbreviate(sql, 60) + "\") has no automatic inverse;"
                + " write the reverse statement in the migration's downgrade()");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitExecuteSql(this);
    }

}
