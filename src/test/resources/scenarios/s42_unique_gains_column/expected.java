import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: drops unique constraint nochange on t. Also adds unique constraint nochange on t.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- unique nochange on t (x) (uniqueness lost)
 *   <li>+ unique nochange on t (x, y)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s42_unique_gains_column"
)
public final class M20260102_030405_scenario_s42_unique_gains_column implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: drops unique constraint nochange on t: duplicates become possible, and
        //         downgrade() fails once any exist
        op.dropUniqueConstraint("t", unique("nochange", "x"));
        op.addUniqueConstraint("t", unique("nochange", "x", "y"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops unique constraint nochange on t: duplicates become possible, and upgrade()
        //         fails once any exist
        op.dropUniqueConstraint("t", unique("nochange", "x", "y"));
        // REVIEW: restores unique constraint nochange on t: fails if rows written since the upgrade
        //         hold duplicates (x); fix those rows first
        op.addUniqueConstraint("t", unique("nochange", "x"));
    }
}
