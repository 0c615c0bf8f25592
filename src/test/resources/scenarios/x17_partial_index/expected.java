import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Drops index ix_t_a on t and creates index ix_t_a on t.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- index ix_t_a on t (a)
 *   <li>+ index ix_t_a on t (a)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x17_partial_index"
)
public final class M20260102_031405_scenario_x17_partial_index implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropIndex("t", index("ix_t_a", "a"));
        op.createIndex("t", index("ix_t_a", "a").where("deleted_at IS NULL"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("t", index("ix_t_a", "a").where("deleted_at IS NULL"));
        op.createIndex("t", index("ix_t_a", "a"));
    }
}
