import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Drops index ix_t_doc on t and creates index ix_t_doc on t.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- index ix_t_doc on t (doc)
 *   <li>+ index ix_t_doc on t (doc)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x16_gin_index_method"
)
public final class M20260102_031405_scenario_x16_gin_index_method implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropIndex("t", index("ix_t_doc", "doc"));
        op.createIndex("t", index("ix_t_doc", "doc").using("gin"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("t", index("ix_t_doc", "doc").using("gin"));
        op.createIndex("t", index("ix_t_doc", "doc"));
    }
}
