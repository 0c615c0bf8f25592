import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Alters column t.id and drops sequence t_seq.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.id: bigint NOT NULL -&gt; bigint NOT NULL IDENTITY
 *   <li>- sequence t_seq
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x25_sequence_to_identity"
)
public final class M20260102_031405_scenario_x25_sequence_to_identity implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumn("t", column("id", bigint()).notNull(), column("id", bigint()).notNull().identity());
        op.dropSequence(sequence("t_seq", 1, 1));
    }

    @Override
    public void downgrade(Operations op) {
        op.createSequence(sequence("t_seq", 1, 1));
        op.alterColumn("t", column("id", bigint()).notNull().identity(), column("id", bigint()).notNull());
    }
}
