import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Alters column t.n and alters column t.s.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.n: integer NULL DEFAULT 15 -&gt; integer NULL DEFAULT 20
 *   <li>~ column t.s: varchar(40) NULL DEFAULT 'some default' -&gt; varchar(40) NULL DEFAULT 'some new default'
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario s26_default_changes"
)
public final class M20260102_031405_scenario_s26_default_changes implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumn("t", column("n", integer()).defaultValue("15"), column("n", integer()).defaultValue("20"));
        op.alterColumn("t", column("s", varchar(40)).defaultValue("'some default'"), column("s", varchar(40)).defaultValue("'some new default'"));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn("t", column("s", varchar(40)).defaultValue("'some new default'"), column("s", varchar(40)).defaultValue("'some default'"));
        op.alterColumn("t", column("n", integer()).defaultValue("20"), column("n", integer()).defaultValue("15"));
    }
}
