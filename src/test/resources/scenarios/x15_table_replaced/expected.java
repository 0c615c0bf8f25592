import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: drops table old_things and all its rows. Also creates table new_things.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ table new_things
 *   <li>- table old_things (data loss)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x15_table_replaced"
)
public final class M20260102_031405_scenario_x15_table_replaced implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("new_things",
                column("id", integer()).notNull(),
                column("b", varchar(10)),
                primaryKey("id"));
        // REVIEW: drops table old_things and all its rows; downgrade() recreates it empty
        op.dropTable("old_things",
                column("id", integer()).notNull(),
                column("a", integer()),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.createTable("old_things",
                column("id", integer()).notNull(),
                column("a", integer()),
                primaryKey("id"));
        // REVIEW: drops table new_things and all its rows; upgrade() recreates it empty
        op.dropTable("new_things",
                column("id", integer()).notNull(),
                column("b", varchar(10)),
                primaryKey("id"));
    }
}
