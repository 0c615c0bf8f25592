import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Adds column thing.othervalue.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ column thing.othervalue
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario s06_physical_column_name"
)
public final class M20260102_031405_scenario_s06_physical_column_name implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("thing", column("othervalue", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops column thing.othervalue and its data; upgrade() restores the column, not
        //         its values
        op.dropColumn("thing", column("othervalue", varchar(20)));
    }
}
