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
        message = "scenario s46_drop_table_with_indexes"
)
public final class M20260102_030405_scenario_s46_drop_table_with_indexes implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: drops table gone and all its rows; downgrade() recreates it empty
        op.dropTable("gone",
                column("id", integer()).notNull(),
                column("a", integer()),
                column("b", integer()),
                primaryKey("id"),
                index("ix_gone_a", "a"),
                index("ix_gone_b", "b"));
    }

    @Override
    public void downgrade(Operations op) {
        op.createTable("gone",
                column("id", integer()).notNull(),
                column("a", integer()),
                column("b", integer()),
                primaryKey("id"),
                index("ix_gone_a", "a"),
                index("ix_gone_b", "b"));
    }
}
