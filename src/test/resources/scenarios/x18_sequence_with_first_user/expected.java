import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Creates sequence t_seq and creates table t.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ sequence t_seq
 *   <li>+ table t
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x18_sequence_with_first_user"
)
public final class M20260102_031405_scenario_x18_sequence_with_first_user implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createSequence(sequence("t_seq", 1, 1));
        op.createTable("t",
                column("id", bigint()).notNull(),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops table t and all its rows; upgrade() recreates it empty
        op.dropTable("t",
                column("id", bigint()).notNull(),
                primaryKey("id"));
        op.dropSequence(sequence("t_seq", 1, 1));
    }
}
