import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Drops check constraint ck_t_a on t and adds check constraint ck_t_a on t.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- check ck_t_a on t
 *   <li>+ check ck_t_a on t: a &gt; 10
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x14_check_changed"
)
public final class M20260102_031405_scenario_x14_check_changed implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropCheckConstraint("t", check("ck_t_a", "a > 0"));
        op.addCheckConstraint("t", check("ck_t_a", "a > 10"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropCheckConstraint("t", check("ck_t_a", "a > 10"));
        // REVIEW: restores check constraint ck_t_a on t: fails if rows written since the upgrade
        //         violate a > 0; fix those rows first
        op.addCheckConstraint("t", check("ck_t_a", "a > 0"));
    }
}
