import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Adds label 'IN_PROGRESS' to enum type phase and adds labels 'CRITICAL', 'MEDIUM' to enum type
 * priority.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ enum type phase labels: ('OPEN', 'CLOSED') -&gt; ('OPEN', 'IN_PROGRESS', 'CLOSED')
 *   <li>~ enum type priority labels: ('HIGH', 'LOW') -&gt; ('CRITICAL', 'HIGH', 'LOW', 'MEDIUM')
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
        op.alterEnumType(enumType("phase", "OPEN", "CLOSED"),
                enumType("phase", "OPEN", "IN_PROGRESS", "CLOSED"));
        op.alterEnumType(enumType("priority", "HIGH", "LOW"),
                enumType("priority", "CRITICAL", "HIGH", "LOW", "MEDIUM"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: removes labels 'CRITICAL', 'MEDIUM' from enum type priority: fails while any row
        //         holds one, so update those rows first (op.execute("UPDATE ...") above this line);
        //         upgrade() brings the labels back, not the values
        op.alterEnumType(enumType("priority", "CRITICAL", "HIGH", "LOW", "MEDIUM"),
                enumType("priority", "HIGH", "LOW"));
        // REVIEW: removes label 'IN_PROGRESS' from enum type phase: fails while any row holds it,
        //         so update those rows first (op.execute("UPDATE ...") above this line); upgrade()
        //         brings the label back, not the values
        op.alterEnumType(enumType("phase", "OPEN", "IN_PROGRESS", "CLOSED"),
                enumType("phase", "OPEN", "CLOSED"));
    }
}
