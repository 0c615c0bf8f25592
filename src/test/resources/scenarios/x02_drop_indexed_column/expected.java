import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: drops column t.a and its data. Also drops index ix_t_a on t.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- index ix_t_a on t (a)
 *   <li>- column t.a (data loss)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x02_drop_indexed_column"
)
public final class M20260102_031405_scenario_x02_drop_indexed_column implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropIndex("t", index("ix_t_a", "a"));
        // REVIEW: drops column t.a and its data; downgrade() restores the column, not its values
        op.dropColumn("t", column("a", integer()));
    }

    @Override
    public void downgrade(Operations op) {
        op.addColumnBefore("t", "b", column("a", integer()));
        op.createIndex("t", index("ix_t_a", "a"));
    }
}
