import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Drops index ix_t_name on t and adds unique constraint uq_t_name on t.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- index ix_t_name on t (name)
 *   <li>+ unique uq_t_name on t (name)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s39_index_to_unique"
)
public final class M20260102_030405_scenario_s39_index_to_unique implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropIndex("t", index("ix_t_name", "name"));
        op.addUniqueConstraint("t", unique("uq_t_name", "name"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops unique constraint uq_t_name on t: duplicates become possible, and upgrade()
        //         fails once any exist
        op.dropUniqueConstraint("t", unique("uq_t_name", "name"));
        op.createIndex("t", index("ix_t_name", "name"));
    }
}
