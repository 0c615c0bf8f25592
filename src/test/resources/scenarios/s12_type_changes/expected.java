import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column t.n. Also alters column t.s.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.n: varchar(30) NULL -&gt; integer NULL (narrowing)
 *   <li>~ column t.s: varchar(30) NULL -&gt; varchar(40) NULL
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario s12_type_changes"
)
public final class M20260102_031405_scenario_s12_type_changes implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: narrows t.n from varchar(30) to integer: fails or truncates where existing values
        //         do not fit; check the data first
        op.alterColumn("t", column("n", varchar(30)), column("n", integer()));
        op.alterColumn("t", column("s", varchar(30)), column("s", varchar(40)));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: narrows t.s from varchar(40) to varchar(30): fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("s", varchar(40)), column("s", varchar(30)));
        // REVIEW: narrows t.n from integer to varchar(30): fails or truncates where existing values
        //         do not fit; check the data first
        op.alterColumn("t", column("n", integer()), column("n", varchar(30)));
    }
}
