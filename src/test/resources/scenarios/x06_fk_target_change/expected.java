import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Drops foreign key fk_child_ref on child and adds foreign key fk_child_ref on child.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- foreign key fk_child_ref on child (ref_id) -&gt; p1 (id)
 *   <li>+ foreign key fk_child_ref on child (ref_id) -&gt; p2 (id)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x06_fk_target_change"
)
public final class M20260102_031405_scenario_x06_fk_target_change implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropForeignKey("child", foreignKey("fk_child_ref", List.of("ref_id"), "p1", List.of("id")));
        op.addForeignKey("child", foreignKey("fk_child_ref", List.of("ref_id"), "p2", List.of("id")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("child", foreignKey("fk_child_ref", List.of("ref_id"), "p2", List.of("id")));
        // REVIEW: restores foreign key fk_child_ref on child: fails if rows written since the
        //         upgrade point at rows missing from p1; fix those rows first
        op.addForeignKey("child", foreignKey("fk_child_ref", List.of("ref_id"), "p1", List.of("id")));
    }
}
