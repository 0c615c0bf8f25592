import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Alters column t.id.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.id: bigint NOT NULL IDENTITY -&gt; bigint NOT NULL
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x24_identity_removed"
)
public final class M20260102_031405_scenario_x24_identity_removed implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumn("t", column("id", bigint()).notNull().identity(), column("id", bigint()).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn("t", column("id", bigint()).notNull(), column("id", bigint()).notNull().identity());
    }
}
