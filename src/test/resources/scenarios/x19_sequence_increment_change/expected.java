import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: changes sequence invoice_seq. Also changes sequence receipt_seq.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ sequence invoice_seq: increment 1 -&gt; 50 (increment changed)
 *   <li>~ sequence receipt_seq: start 1 -&gt; 1000
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x19_sequence_increment_change"
)
public final class M20260102_031405_scenario_x19_sequence_increment_change implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: changes the increment of sequence invoice_seq from 1 to 50: Hibernate takes each
        //         value as the end of a block of allocationSize ids, so an application whose
        //         allocationSize is larger than the increment hands out duplicate ids; apply this
        //         before an application with a larger allocationSize starts, or, when the increment
        //         shrinks, once no application with the old allocationSize runs
        op.alterSequence(sequence("invoice_seq", 1, 1), sequence("invoice_seq", 1, 50));
        op.alterSequence(sequence("receipt_seq", 1, 50), sequence("receipt_seq", 1000, 50));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterSequence(sequence("receipt_seq", 1000, 50), sequence("receipt_seq", 1, 50));
        // REVIEW: changes the increment of sequence invoice_seq from 50 to 1: Hibernate takes each
        //         value as the end of a block of allocationSize ids, so an application whose
        //         allocationSize is larger than the increment hands out duplicate ids; apply this
        //         before an application with a larger allocationSize starts, or, when the increment
        //         shrinks, once no application with the old allocationSize runs
        op.alterSequence(sequence("invoice_seq", 1, 50), sequence("invoice_seq", 1, 1));
    }
}
