import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column t.i and narrows column t.s.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.i: bigint NULL -&gt; integer NULL (narrowing)
 *   <li>~ column t.s: bigint NULL -&gt; smallint NULL (narrowing)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s17_integer_narrowing"
)
public final class M20260102_030405_scenario_s17_integer_narrowing implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: narrows t.i from bigint to integer: fails or truncates where existing values do
        //         not fit; check the data first
        op.alterColumn("t", column("i", bigint()), column("i", integer()));
        // REVIEW: narrows t.s from bigint to smallint: fails or truncates where existing values do
        //         not fit; check the data first
        op.alterColumn("t", column("s", bigint()), column("s", smallint()));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn("t", column("s", smallint()), column("s", bigint()));
        op.alterColumn("t", column("i", integer()), column("i", bigint()));
    }
}
