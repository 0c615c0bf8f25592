import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column t.s.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.s: text NULL -&gt; varchar(255) NULL (narrowing)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s13_text_to_varchar"
)
public final class M20260102_030405_scenario_s13_text_to_varchar implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: narrows t.s from text to varchar(255): fails or truncates where existing values
        //         do not fit; check the data first
        op.alterColumn("t", column("s", text()), column("s", varchar(255)));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn("t", column("s", varchar(255)), column("s", text()));
    }
}
