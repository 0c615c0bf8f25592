import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Review first: drops table extra and all its rows and drops table user and all its rows.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- table extra (data loss)
 *   <li>- table user (data loss)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s03_drop_in_fk_order"
)
public final class M20260102_030405_scenario_s03_drop_in_fk_order implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: drops table extra and all its rows; downgrade() recreates it empty
        op.dropTable("extra",
                column("x", character(1)),
                column("uid", integer()),
                foreignKey("extra_ibfk_1", List.of("uid"), "user", List.of("id")));
        // REVIEW: drops table user and all its rows; downgrade() recreates it empty
        op.dropTable("user",
                column("id", integer()).notNull(),
                column("pw", varchar(50)),
                primaryKey("id"),
                index("pw_idx", "pw"));
    }

    @Override
    public void downgrade(Operations op) {
        op.createTable("user",
                column("id", integer()).notNull(),
                column("pw", varchar(50)),
                primaryKey("id"),
                index("pw_idx", "pw"));
        op.createTable("extra",
                column("x", character(1)),
                column("uid", integer()),
                foreignKey("extra_ibfk_1", List.of("uid"), "user", List.of("id")));
    }
}
