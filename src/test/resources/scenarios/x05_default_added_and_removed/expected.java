import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Alters column t.n and alters column t.status.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.n: integer NULL -&gt; integer NULL DEFAULT 7
 *   <li>~ column t.status: varchar(10) NULL DEFAULT 'new' -&gt; varchar(10) NULL
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x05_default_added_and_removed"
)
public final class M20260102_031405_scenario_x05_default_added_and_removed implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumn("t", column("n", integer()), column("n", integer()).defaultValue("7"));
        op.alterColumn("t", column("status", varchar(10)).defaultValue("'new'"), column("status", varchar(10)));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn("t", column("status", varchar(10)), column("status", varchar(10)).defaultValue("'new'"));
        op.alterColumn("t", column("n", integer()).defaultValue("7"), column("n", integer()));
    }
}
