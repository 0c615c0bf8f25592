import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Review first: drops column child.parent_id and its data. Also drops foreign key
 * fk_child_parent_id on child.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- foreign key fk_child_parent_id on child (parent_id) -&gt; parent (id)
 *   <li>- column child.parent_id (data loss)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x11_drop_column_with_fk"
)
public final class M20260102_031405_scenario_x11_drop_column_with_fk implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropForeignKey("child", foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")));
        // REVIEW: drops column child.parent_id and its data; downgrade() restores the column, not
        //         its values
        op.dropColumn("child", column("parent_id", integer()));
    }

    @Override
    public void downgrade(Operations op) {
        op.addColumn("child", column("parent_id", integer()));
        // REVIEW: restores foreign key fk_child_parent_id on child: fails if rows written since the
        //         upgrade point at rows missing from parent; fix those rows first
        op.addForeignKey("child", foreignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id")));
    }
}
