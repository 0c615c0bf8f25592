import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Drops foreign key other_ibfk_1 on other and adds foreign key fk_child_parent_id on child.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- foreign key other_ibfk_1 on other (parent_id) -&gt; parent (id)
 *   <li>+ foreign key fk_child_parent_id on child (parent_id) -&gt; parent (id)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s56_fk_added_and_removed"
)
public final class M20260102_030405_scenario_s56_fk_added_and_removed implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropForeignKey("other", foreignKey("other_ibfk_1", List.of("parent_id"), "parent", List.of("id")));
        op.addForeignKey("child", foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("child", foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")));
        // REVIEW: restores foreign key other_ibfk_1 on other: fails if rows written since the
        //         upgrade point at rows missing from parent; fix those rows first
        op.addForeignKey("other", foreignKey("other_ibfk_1", List.of("parent_id"), "parent", List.of("id")));
    }
}
