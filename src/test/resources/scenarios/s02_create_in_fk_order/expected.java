import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Creates table parent and creates table child.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ table parent
 *   <li>+ table child
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s02_create_in_fk_order"
)
public final class M20260102_030405_scenario_s02_create_in_fk_order implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("parent",
                column("id", integer()).notNull(),
                primaryKey("id"));
        op.createTable("child",
                column("id", integer()).notNull(),
                column("parent_id", integer()),
                primaryKey("id"),
                foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops table child and all its rows; upgrade() recreates it empty
        op.dropTable("child",
                column("id", integer()).notNull(),
                column("parent_id", integer()),
                primaryKey("id"),
                foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")));
        // REVIEW: drops table parent and all its rows; upgrade() recreates it empty
        op.dropTable("parent",
                column("id", integer()).notNull(),
                primaryKey("id"));
    }
}
