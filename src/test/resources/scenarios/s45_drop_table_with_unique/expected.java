import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: drops table gone and all its rows.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- table gone (data loss)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s45_drop_table_with_unique"
)
public final class M20260102_030405_scenario_s45_drop_table_with_unique implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: drops table gone and all its rows; downgrade() recreates it empty
        op.dropTable("gone",
                column("id", integer()).notNull(),
                column("code", varchar(10)),
                primaryKey("id"),
                unique("uq_gone_code", "code"));
    }

    @Override
    public void downgrade(Operations op) {
        op.createTable("gone",
                column("id", integer()).notNull(),
                column("code", varchar(10)),
                primaryKey("id"),
                unique("uq_gone_code", "code"));
    }
}
