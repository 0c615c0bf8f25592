import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: removes label 'MEDIUM' from enum type Priority.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ enum type Priority labels: ('HIGH', 'LOW', 'MEDIUM') -&gt; ('HIGH', 'LOW') (labels removed)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x21_enum_label_removed"
)
public final class M20260102_031405_scenario_x21_enum_label_removed implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: removes label 'MEDIUM' from enum type Priority: fails while any row holds it, so
        //         update those rows first (op.execute("UPDATE ...") above this line); downgrade()
        //         brings the label back, not the values
        op.alterEnumType(enumType("Priority", "HIGH", "LOW", "MEDIUM"),
                enumType("Priority", "HIGH", "LOW"));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterEnumType(enumType("Priority", "HIGH", "LOW"),
                enumType("Priority", "HIGH", "LOW", "MEDIUM"));
    }
}
