import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Adds column t.score.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ column t.score
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x04_add_not_null_column_with_default"
)
public final class M20260102_031405_scenario_x04_add_not_null_column_with implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("t", column("score", integer()).notNull().defaultValue("0"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops column t.score and its data; upgrade() restores the column, not its values
        op.dropColumn("t", column("score", integer()).notNull().defaultValue("0"));
    }
}
