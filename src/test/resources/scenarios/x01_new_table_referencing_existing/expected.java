import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Creates table child.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ table child
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x01_new_table_referencing_existing"
)
public final class M20260102_031405_scenario_x01_new_table_referencing implements Migration {
    @Override
    public void upgrade(Operations op) {
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
    }
}
