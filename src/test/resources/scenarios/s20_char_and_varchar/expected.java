import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column t.c. Also alters column t.v.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.c: text NULL -&gt; char(1) NULL (narrowing)
 *   <li>~ column t.v: varchar(6) NULL -&gt; varchar(12) NULL
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s20_char_and_varchar"
)
public final class M20260102_030405_scenario_s20_char_and_varchar implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: narrows t.c from text to char(1): fails or truncates where existing values do not
        //         fit; check the data first
        op.alterColumn("t", column("c", text()), column("c", character(1)));
        op.alterColumn("t", column("v", varchar(6)), column("v", varchar(12)));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: narrows t.v from varchar(12) to varchar(6): fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("v", varchar(12)), column("v", varchar(6)));
        op.alterColumn("t", column("c", character(1)), column("c", text()));
    }
}
