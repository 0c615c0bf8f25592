import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Review first: drops unique constraint (unnamed) on users and drops table notes and all its rows.
 * Also drops foreign key (unnamed) on tasks and drops check constraint (unnamed) on users.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>- foreign key (unnamed) on tasks (crew_id) -&gt; crews (id)
 *   <li>- unique (unnamed) on users (email) (uniqueness lost)
 *   <li>- check (unnamed) on users
 *   <li>- table notes (data loss)
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "drop what sqlite keeps unnamed"
)
public final class M20261122_101500_drop_what_sqlite_keeps_unnamed implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropForeignKey("tasks", foreignKey(List.of("crew_id"), "crews", List.of("id")));
        // REVIEW: drops unique constraint (unnamed) on users: duplicates become possible, and
        //         downgrade() fails once any exist
        op.dropUniqueConstraint("users", unique(List.of("email")));
        op.dropCheckConstraint("users", check("length(name) > 2"));
        // REVIEW: drops table notes and all its rows; downgrade() recreates it empty
        op.dropTable("notes",
                column("user_id", integer()),
                column("body", text()),
                foreignKey(List.of("user_id"), "users", List.of("id")).onDelete(CASCADE),
                unique(List.of("user_id", "body")),
                check("length(body) > 0"));
    }

    @Override
    public void downgrade(Operations op) {
        op.createTable("notes",
                column("user_id", integer()),
                column("body", text()),
                foreignKey(List.of("user_id"), "users", List.of("id")).onDelete(CASCADE),
                unique(List.of("user_id", "body")),
                check("length(body) > 0"));
        // REVIEW: restores check constraint (unnamed) on users: fails if rows written since the
        //         upgrade violate length(name) > 2; fix those rows first
        op.addCheckConstraint("users", check("length(name) > 2"));
        // REVIEW: restores unique constraint (unnamed) on users: fails if rows written since the
        //         upgrade hold duplicates (email); fix those rows first
        op.addUniqueConstraint("users", unique(List.of("email")));
        // REVIEW: restores foreign key (unnamed) on tasks: fails if rows written since the upgrade
        //         point at rows missing from crews; fix those rows first
        op.addForeignKey("tasks", foreignKey(List.of("crew_id"), "crews", List.of("id")));
    }
}
