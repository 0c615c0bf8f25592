import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Creates table a, creates table b, adds foreign key fk_a_b_id on a and adds foreign key fk_b_a_id
 * on b.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ table a
 *   <li>+ table b
 *   <li>+ foreign key fk_a_b_id on a (b_id) -&gt; b (id)
 *   <li>+ foreign key fk_b_a_id on b (a_id) -&gt; a (id)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s07_fk_cycle"
)
public final class M20260102_030405_scenario_s07_fk_cycle implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("a",
                column("id", integer()).notNull(),
                column("b_id", integer()),
                primaryKey("id"));
        op.createTable("b",
                column("id", integer()).notNull(),
                column("a_id", integer()),
                primaryKey("id"));
        op.addForeignKey("a", foreignKey("fk_a_b_id", List.of("b_id"), "b", List.of("id")));
        op.addForeignKey("b", foreignKey("fk_b_a_id", List.of("a_id"), "a", List.of("id")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("b", foreignKey("fk_b_a_id", List.of("a_id"), "a", List.of("id")));
        op.dropForeignKey("a", foreignKey("fk_a_b_id", List.of("b_id"), "b", List.of("id")));
        // REVIEW: drops table b and all its rows; upgrade() recreates it empty
        op.dropTable("b",
                column("id", integer()).notNull(),
                column("a_id", integer()),
                primaryKey("id"));
        // REVIEW: drops table a and all its rows; upgrade() recreates it empty
        op.dropTable("a",
                column("id", integer()).notNull(),
                column("b_id", integer()),
                primaryKey("id"));
    }
}
