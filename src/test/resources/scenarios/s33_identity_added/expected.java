import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Adds column t.id and adds primary key (id) to t.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ column t.id
 *   <li>~ table t primary key: (none) -&gt; (id)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s33_identity_added"
)
public final class M20260102_030405_scenario_s33_identity_added implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("t", column("id", bigint()).notNull().identity());
        op.alterPrimaryKey("t", List.of(), List.of("id"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops the primary key (id) of t: duplicate keys become possible, and upgrade()
        //         fails once any exist
        op.alterPrimaryKey("t", List.of("id"), List.of());
        // REVIEW: drops column t.id and its data; upgrade() restores the column, not its values
        op.dropColumn("t", column("id", bigint()).notNull().identity());
    }
}
