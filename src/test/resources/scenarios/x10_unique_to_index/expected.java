import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: drops unique constraint uq_t_name on t. Also creates index ix_t_name on t.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- unique uq_t_name on t (name) (uniqueness lost)
 *   <li>+ index ix_t_name on t (name)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x10_unique_to_index"
)
public final class M20260102_031405_scenario_x10_unique_to_index implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: drops unique constraint uq_t_name on t: duplicates become possible, and
        //         downgrade() fails once any exist
        op.dropUniqueConstraint("t", unique("uq_t_name", "name"));
        op.createIndex("t", index("ix_t_name", "name"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("t", index("ix_t_name", "name"));
        // REVIEW: restores unique constraint uq_t_name on t: fails if rows written since the
        //         upgrade hold duplicates (name); fix those rows first
        op.addUniqueConstraint("t", unique("uq_t_name", "name"));
    }
}
