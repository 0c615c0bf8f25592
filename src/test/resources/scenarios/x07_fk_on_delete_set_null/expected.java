import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Drops foreign key fk_child_parent_id on child and adds foreign key fk_child_parent_id on child.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- foreign key fk_child_parent_id on child (parent_id) -&gt; parent (id) ON DELETE CASCADE
 *   <li>+ foreign key fk_child_parent_id on child (parent_id) -&gt; parent (id) ON DELETE SET NULL
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x07_fk_on_delete_set_null"
)
public final class M20260102_031405_scenario_x07_fk_on_delete_set_null implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropForeignKey("child", foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")).onDelete(CASCADE));
        op.addForeignKey("child", foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")).onDelete(SET_NULL));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("child", foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")).onDelete(SET_NULL));
        // REVIEW: restores foreign key fk_child_parent_id on child: fails if rows written since the
        //         upgrade point at rows missing from parent; fix those rows first
        op.addForeignKey("child", foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")).onDelete(CASCADE));
    }
}
