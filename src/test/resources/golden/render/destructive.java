import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Review first: drops unique constraint uq_users_name on users, narrows column users.name, narrows
 * column users.status, drops column users.password_hash and its data, drops table legacy_sessions
 * and all its rows, renames table crews to teams, renames column tasks.crew_id to team_id and adds
 * column tasks.priority. Also makes 3 more changes listed below.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>- foreign key fk_tasks_crew_id on tasks (crew_id) -&gt; crews (id) ON DELETE RESTRICT
 *   <li>- index ix_users_name on users (name)
 *   <li>- unique uq_users_name on users (name) (uniqueness lost)
 *   <li>- check ck_users_name_length on users
 *   <li>~ column users.name: varchar(100) NULL -&gt; varchar(50) NOT NULL (narrowing, NOT NULL added)
 *   <li>~ column users.status: text NULL -&gt; text NOT NULL (NOT NULL added)
 *   <li>- column users.password_hash (data loss)
 *   <li>- table legacy_sessions (data loss)
 *   <li>~ table crews -&gt; teams (detected rename)
 *   <li>~ column tasks.crew_id -&gt; tasks.team_id (detected rename)
 *   <li>+ column tasks.priority (NOT NULL without default)
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "drop legacy sessions; tighten user names"
)
public final class M20261122_101500_drop_legacy_sessions_tighten_user_names implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropForeignKey("tasks", foreignKey("fk_tasks_crew_id", List.of("crew_id"), "crews", List.of("id")).onDelete(RESTRICT));
        op.dropIndex("users", index("ix_users_name", "name"));
        // REVIEW: drops unique constraint uq_users_name on users: duplicates become possible, and
        //         downgrade() fails once any exist
        op.dropUniqueConstraint("users", unique("uq_users_name", "name"));
        op.dropCheckConstraint("users", check("ck_users_name_length", "length(name) > 2"));
        // REVIEW: narrows users.name from varchar(100) to varchar(50): fails or truncates where
        //         existing values do not fit; check the data first
        // REVIEW: makes users.name NOT NULL: fails if any row holds NULL; backfill first (nullable
        //         -> backfill -> NOT NULL), e.g. with op.execute("UPDATE users SET name = ... WHERE
        //         name IS NULL") above this line
        op.alterColumn("users", column("name", varchar(100)), column("name", varchar(50)).notNull());
        // REVIEW: makes users.status NOT NULL: fails if any row holds NULL; backfill first
        //         (nullable -> backfill -> NOT NULL), e.g. with op.execute("UPDATE users SET status
        //         = ... WHERE status IS NULL") above this line
        op.alterColumn("users", column("status", text()), column("status", text()).notNull());
        // REVIEW: drops column users.password_hash and its data; downgrade() restores the column,
        //         not its values
        op.dropColumn("users", column("password_hash", varchar(200)).notNull().defaultValue("''"));
        // REVIEW: drops table legacy_sessions and all its rows; downgrade() recreates it empty
        op.dropTable("legacy_sessions",
                column("token", character(64)).notNull(),
                column("user_id", bigint()).notNull(),
                column("expires_at", timestamptz()),
                column("payload", binary()),
                column("session_uuid", uuid()),
                column("ratio", doublePrecision()),
                column("weight", real()),
                column("level", smallint()),
                column("amount", numeric()),
                column("day", date()),
                column("at", time()),
                column("raw", json()),
                primaryKey("token"),
                index("ix_legacy_sessions_user_id", "user_id"));
        // REVIEW: detected as a rename: crews -> teams; if this is a drop and an add, replace it
        //         with dropTable/createTable
        op.renameTable("crews", "teams");
        // REVIEW: detected as a rename: tasks.crew_id -> tasks.team_id; if this is a drop and an
        //         add, replace it with dropColumn/addColumn
        op.renameColumn("tasks", "crew_id", "team_id");
        // REVIEW: adds NOT NULL column tasks.priority without a default: fails if tasks has rows;
        //         add it nullable, backfill it, then make it NOT NULL
        op.addColumn("tasks", column("priority", integer()).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops column tasks.priority and its data; upgrade() restores the column, not its
        //         values
        op.dropColumn("tasks", column("priority", integer()).notNull());
        op.renameColumn("tasks", "team_id", "crew_id");
        op.renameTable("teams", "crews");
        op.createTable("legacy_sessions",
                column("token", character(64)).notNull(),
                column("user_id", bigint()).notNull(),
                column("expires_at", timestamptz()),
                column("payload", binary()),
                column("session_uuid", uuid()),
                column("ratio", doublePrecision()),
                column("weight", real()),
                column("level", smallint()),
                column("amount", numeric()),
                column("day", date()),
                column("at", time()),
                column("raw", json()),
                primaryKey("token"),
                index("ix_legacy_sessions_user_id", "user_id"));
        op.addColumn("users", column("password_hash", varchar(200)).notNull().defaultValue("''"));
        op.alterColumn("users", column("status", text()).notNull(), column("status", text()));
        op.alterColumn("users", column("name", varchar(50)).notNull(), column("name", varchar(100)));
        // REVIEW: restores check constraint ck_users_name_length on users: fails if rows written
        //         since the upgrade violate length(name) > 2; fix those rows first
        op.addCheckConstraint("users", check("ck_users_name_length", "length(name) > 2"));
        // REVIEW: restores unique constraint uq_users_name on users: fails if rows written since
        //         the upgrade hold duplicates (name); fix those rows first
        op.addUniqueConstraint("users", unique("uq_users_name", "name"));
        op.createIndex("users", index("ix_users_name", "name"));
        // REVIEW: restores foreign key fk_tasks_crew_id on tasks: fails if rows written since the
        //         upgrade point at rows missing from crews; fix those rows first
        op.addForeignKey("tasks", foreignKey("fk_tasks_crew_id", List.of("crew_id"), "crews", List.of("id")).onDelete(RESTRICT));
    }
}
