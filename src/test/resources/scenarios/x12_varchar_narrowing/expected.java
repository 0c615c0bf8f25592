import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column t.s.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.s: varchar(50) NULL -&gt; varchar(20) NULL (narrowing)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x12_varchar_narrowing"
)
public final class M20260102_031405_scenario_x12_varchar_narrowing implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: narrows t.s from varchar(50) to varchar(20): fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("s", varchar(50)), column("s", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn("t", column("s", varchar(20)), column("s", varchar(50)));
    }
}
