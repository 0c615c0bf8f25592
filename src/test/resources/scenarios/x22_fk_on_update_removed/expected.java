import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Review first: drops foreign key fk_child_parent on child and drops foreign key fk_ward_parent on
 * ward. Also adds foreign key fk_child_parent on child and adds foreign key fk_ward_parent on
 * ward.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- foreign key fk_child_parent on child (parent_id) -&gt; parent (id) ON UPDATE CASCADE (ON UPDATE lost)
 *   <li>- foreign key fk_ward_parent on ward (parent_id) -&gt; parent (id) ON DELETE SET NULL ON UPDATE CASCADE (ON UPDATE lost)
 *   <li>+ foreign key fk_child_parent on child (parent_id) -&gt; parent (id)
 *   <li>+ foreign key fk_ward_parent on ward (parent_id) -&gt; parent (id) ON DELETE SET NULL
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario x22_fk_on_update_removed"
)
public final class M20260102_030405_scenario_x22_fk_on_update_removed implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: drops foreign key fk_child_parent on child and with it ON UPDATE CASCADE: a key
        //         changed in parent is no longer carried over to child; if the application relies
        //         on it, add .onUpdate(CASCADE) to the key added back
        op.dropForeignKey("child", foreignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id")).onUpdate(CASCADE));
        // REVIEW: drops foreign key fk_ward_parent on ward and with it ON UPDATE CASCADE: a key
        //         changed in parent is no longer carried over to ward; if the application relies on
        //         it, add .onUpdate(CASCADE) to the key added back
        op.dropForeignKey("ward", foreignKey("fk_ward_parent", List.of("parent_id"), "parent", List.of("id")).onDelete(SET_NULL).onUpdate(CASCADE));
        op.addForeignKey("child", foreignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id")));
        op.addForeignKey("ward", foreignKey("fk_ward_parent", List.of("parent_id"), "parent", List.of("id")).onDelete(SET_NULL));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("ward", foreignKey("fk_ward_parent", List.of("parent_id"), "parent", List.of("id")).onDelete(SET_NULL));
        op.dropForeignKey("child", foreignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id")));
        // REVIEW: restores foreign key fk_ward_parent on ward: fails if rows written since the
        //         upgrade point at rows missing from parent; fix those rows first
        op.addForeignKey("ward", foreignKey("fk_ward_parent", List.of("parent_id"), "parent", List.of("id")).onDelete(SET_NULL).onUpdate(CASCADE));
        // REVIEW: restores foreign key fk_child_parent on child: fails if rows written since the
        //         upgrade point at rows missing from parent; fix those rows first
        op.addForeignKey("child", foreignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id")).onUpdate(CASCADE));
    }
}
