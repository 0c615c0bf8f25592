import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Alters column t.amount.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.amount: numeric(8,2) NULL -&gt; numeric(12,2) NULL
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x13_numeric_precision"
)
public final class M20260102_031405_scenario_x13_numeric_precision implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumn("t", column("amount", numeric(8, 2)), column("amount", numeric(12, 2)));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: narrows t.amount from numeric(12,2) to numeric(8,2): fails or truncates where
        //         existing values do not fit; check the data first
        op.alterColumn("t", column("amount", numeric(12, 2)), column("amount", numeric(8, 2)));
    }
}
