import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Adds label 'IN_PROGRESS' to enum type Phase and adds labels 'CRITICAL', 'MEDIUM' to enum type
 * Priority.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ enum type Phase labels: ('OPEN', 'CLOSED') -&gt; ('OPEN', 'IN_PROGRESS', 'CLOSED')
 *   <li>~ enum type Priority labels: ('HIGH', 'LOW') -&gt; ('CRITICAL', 'HIGH', 'LOW', 'MEDIUM')
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x20_enum_label_added"
)
public final class M20260102_031405_scenario_x20_enum_label_added implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterEnumType(enumType("Phase", "OPEN", "CLOSED"),
                enumType("Phase", "OPEN", "IN_PROGRESS", "CLOSED"));
        op.alterEnumType(enumType("Priority", "HIGH", "LOW"),
                enumType("Priority", "CRITICAL", "HIGH", "LOW", "MEDIUM"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: removes labels 'CRITICAL', 'MEDIUM' from enum type Priority: fails while any row
        //         holds one, so update those rows first (op.execute("UPDATE ...") above this line);
        //         upgrade() brings the labels back, not the values
        op.alterEnumType(enumType("Priority", "CRITICAL", "HIGH", "LOW", "MEDIUM"),
                enumType("Priority", "HIGH", "LOW"));
        // REVIEW: removes label 'IN_PROGRESS' from enum type Phase: fails while any row holds it,
        //         so update those rows first (op.execute("UPDATE ...") above this line); upgrade()
        //         brings the label back, not the values
        op.alterEnumType(enumType("Phase", "OPEN", "IN_PROGRESS", "CLOSED"),
                enumType("Phase", "OPEN", "CLOSED"));
    }
}
