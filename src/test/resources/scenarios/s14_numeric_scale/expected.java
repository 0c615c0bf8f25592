import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column t.a.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.a: numeric(10,5) NULL -&gt; numeric(10,6) NULL (narrowing)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s14_numeric_scale"
)
public final class M20260102_030405_scenario_s14_numeric_scale implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: narrows t.a from numeric(10,5) to numeric(10,6): fails or truncates where
        //         existing values do not fit; check the data first
        op.alterColumn("t", column("a", numeric(10, 5)), column("a", numeric(10, 6)));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: narrows t.a from numeric(10,6) to numeric(10,5): fails or truncates where
        //         existing values do not fit; check the data first
        op.alterColumn("t", column("a", numeric(10, 6)), column("a", numeric(10, 5)));
    }
}
