import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Review first: drops column users.legacy_flag and its data. Also adds column users.email, adds
 * column users.org_id, alters column users.name, alters column users.score, creates unique index
 * ix_users_email on users, creates index ix_users_org_id_name on users, adds unique constraint
 * uq_users_org_id_email on users and makes 3 more changes listed below.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>+ column users.email
 *   <li>+ column users.org_id
 *   <li>~ column users.name: varchar(50) NULL -&gt; varchar(100) NULL
 *   <li>~ column users.score: integer NULL -&gt; bigint NULL DEFAULT 0
 *   <li>- column users.legacy_flag (data loss)
 *   <li>+ unique index ix_users_email on users (email)
 *   <li>+ index ix_users_org_id_name on users (org_id, name)
 *   <li>+ unique uq_users_org_id_email on users (org_id, email)
 *   <li>+ foreign key fk_users_org_id on users (org_id) -&gt; organizations (id) ON DELETE SET NULL
 *   <li>+ check ck_users_score on users: score &gt;= 0
 *   <li>+ table user_preferences
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "add user email and preferences"
)
public final class M20261122_101500_add_user_email_and_preferences implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("email", varchar(320)).notNull().defaultValue("''"));
        op.addColumn("users", column("org_id", bigint()));
        op.alterColumn("users", column("name", varchar(50)), column("name", varchar(100)));
        op.alterColumn("users", column("score", integer()), column("score", bigint()).defaultValue("0"));
        // REVIEW: drops column users.legacy_flag and its data; downgrade() restores the column, not
        //         its values
        op.dropColumn("users", column("legacy_flag", bool()));
        op.createIndex("users", uniqueIndex("ix_users_email", "email"));
        op.createIndex("users", index("ix_users_org_id_name", "org_id", "name"));
        op.addUniqueConstraint("users", unique("uq_users_org_id_email", "org_id", "email"));
        op.addForeignKey("users", foreignKey("fk_users_org_id", List.of("org_id"), "organizations", List.of("id")).onDelete(SET_NULL));
        op.addCheckConstraint("users", check("ck_users_score", "score >= 0"));
        op.createTable("user_preferences",
                column("id", bigint()).notNull().identity(),
                column("user_id", bigint()).notNull(),
                column("preference_key", varchar(255)).notNull(),
                column("preference_value", jsonb()),
                column("updated_at", timestamp()).notNull().defaultValue("CURRENT_TIMESTAMP"),
                primaryKey("id"),
                foreignKey("fk_user_preferences_user_id", List.of("user_id"), "users", List.of("id")).onDelete(CASCADE),
                unique("uq_user_preferences_user_id_key", "user_id", "preference_key"),
                index("ix_user_preferences_user_id", "user_id"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops table user_preferences and all its rows; upgrade() recreates it empty
        op.dropTable("user_preferences",
                column("id", bigint()).notNull().identity(),
                column("user_id", bigint()).notNull(),
                column("preference_key", varchar(255)).notNull(),
                column("preference_value", jsonb()),
                column("updated_at", timestamp()).notNull().defaultValue("CURRENT_TIMESTAMP"),
                primaryKey("id"),
                foreignKey("fk_user_preferences_user_id", List.of("user_id"), "users", List.of("id")).onDelete(CASCADE),
                unique("uq_user_preferences_user_id_key", "user_id", "preference_key"),
                index("ix_user_preferences_user_id", "user_id"));
        op.dropCheckConstraint("users", check("ck_users_score", "score >= 0"));
        op.dropForeignKey("users", foreignKey("fk_users_org_id", List.of("org_id"), "organizations", List.of("id")).onDelete(SET_NULL));
        // REVIEW: drops unique constraint uq_users_org_id_email on users: duplicates become
        //         possible, and upgrade() fails once any exist
        op.dropUniqueConstraint("users", unique("uq_users_org_id_email", "org_id", "email"));
        op.dropIndex("users", index("ix_users_org_id_name", "org_id", "name"));
        op.dropIndex("users", uniqueIndex("ix_users_email", "email"));
        op.addColumn("users", column("legacy_flag", bool()));
        // REVIEW: narrows users.score from bigint to integer: fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("users", column("score", bigint()).defaultValue("0"), column("score", integer()));
        // REVIEW: narrows users.name from varchar(100) to varchar(50): fails or truncates where
        //         existing values do not fit; check the data first
        op.alterColumn("users", column("name", varchar(100)), column("name", varchar(50)));
        // REVIEW: drops column users.org_id and its data; upgrade() restores the column, not its
        //         values
        op.dropColumn("users", column("org_id", bigint()));
        // REVIEW: drops column users.email and its data; upgrade() restores the column, not its
        //         values
        op.dropColumn("users", column("email", varchar(320)).notNull().defaultValue("''"));
    }
}
