import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: changes sequence incidents_seq and removes label 'it's bad' from enum type
 * severity. Also changes sequence archive_seq and adds label 'ACKNOWLEDGED' to enum type
 * incident_status.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>~ sequence incidents_seq: increment 1 -&gt; 50 (increment changed)
 *   <li>~ sequence archive_seq: start 1 -&gt; 5000000000
 *   <li>~ enum type incident_status labels: ('OPEN', 'CLOSED') -&gt; ('OPEN', 'ACKNOWLEDGED', 'CLOSED')
 *   <li>~ enum type severity labels: ('LOW', 'HIGH', 'it's bad') -&gt; ('LOW', 'HIGH') (labels removed)
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "acknowledge incidents"
)
public final class M20261122_101500_acknowledge_incidents implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: changes the increment of sequence incidents_seq from 1 to 50: Hibernate takes
        //         each value as the end of a block of allocationSize ids, so an application whose
        //         allocationSize is larger than the increment hands out duplicate ids; apply this
        //         before an application with a larger allocationSize starts, or, when the increment
        //         shrinks, once no application with the old allocationSize runs
        op.alterSequence(sequence("incidents_seq", 1, 1), sequence("incidents_seq", 1, 50));
        op.alterSequence(sequence("archive_seq", 1, 1), sequence("archive_seq", 5000000000L, 1));
        op.alterEnumType(enumType("incident_status", "OPEN", "CLOSED"),
                enumType("incident_status", "OPEN", "ACKNOWLEDGED", "CLOSED"));
        // REVIEW: removes label 'it's bad' from enum type severity: fails while any row holds it,
        //         so update those rows first (op.execute("UPDATE ...") above this line);
        //         downgrade() brings the label back, not the values
        op.alterEnumType(enumType("severity", "LOW", "HIGH", "it's bad"),
                enumType("severity", "LOW", "HIGH"));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterEnumType(enumType("severity", "LOW", "HIGH"),
                enumType("severity", "LOW", "HIGH", "it's bad"));
        // REVIEW: removes label 'ACKNOWLEDGED' from enum type incident_status: fails while any row
        //         holds it, so update those rows first (op.execute("UPDATE ...") above this line);
        //         upgrade() brings the label back, not the values
        op.alterEnumType(enumType("incident_status", "OPEN", "ACKNOWLEDGED", "CLOSED"),
                enumType("incident_status", "OPEN", "CLOSED"));
        op.alterSequence(sequence("archive_seq", 5000000000L, 1), sequence("archive_seq", 1, 1));
        // REVIEW: changes the increment of sequence incidents_seq from 50 to 1: Hibernate takes
        //         each value as the end of a block of allocationSize ids, so an application whose
        //         allocationSize is larger than the increment hands out duplicate ids; apply this
        //         before an application with a larger allocationSize starts, or, when the increment
        //         shrinks, once no application with the old allocationSize runs
        op.alterSequence(sequence("incidents_seq", 1, 50), sequence("incidents_seq", 1, 1));
    }
}
