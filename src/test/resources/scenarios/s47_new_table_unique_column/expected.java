import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Creates table tag.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>+ table tag
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario s47_new_table_unique_column"
)
public final class M20260102_031405_scenario_s47_new_table_unique_column implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("tag",
                column("id", integer()).notNull(),
                column("label", varchar(30)),
                primaryKey("id"),
                unique("uq_tag_label", "label"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops table tag and all its rows; upgrade() recreates it empty
        op.dropTable("tag",
                column("id", integer()).notNull(),
                column("label", varchar(30)),
                primaryKey("id"),
                unique("uq_tag_label", "label"));
    }
}
