import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Creates table gridsquare and creates table user_preferences.
 *
 * <p>Revision: 37d2ebb24afc<br>
 * Revises: none (first revision)<br>
 * Created: 2026-11-22 01:35:20 UTC
 *
 * <ul>
 *   <li>+ table gridsquare
 *   <li>+ table user_preferences
 * </ul>
 */
@Revision(
        id = "37d2ebb24afc",
        revises = {},
        created = "2026-11-22 01:35:20",
        message = "microscopy schema"
)
public final class M20261122_013520_microscopy_schema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("gridsquare",
                column("id", integer()).notNull().identity(),
                column("acquisition_datetime", timestamp()),
                column("grid_square_name", varchar(100)).notNull(),
                column("status", varchar(30)).notNull(),
                primaryKey("id"),
                index("ix_gridsquare_acquisition_datetime_status", "acquisition_datetime", "status"));
        op.createTable("user_preferences",
                column("id", integer()).notNull().identity(),
                column("preference_key", varchar(255)).notNull(),
                column("preference_value", jsonb()),
                column("user_id", bigint()).notNull(),
                primaryKey("id"),
                unique("uq_user_preferences_user_id_preference_key", "user_id", "preference_key"),
                index("ix_user_preferences_user_id", "user_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("user_preferences",
                column("id", integer()).notNull().identity(),
                column("preference_key", varchar(255)).notNull(),
                column("preference_value", jsonb()),
                column("user_id", bigint()).notNull(),
                primaryKey("id"),
                unique("uq_user_preferences_user_id_preference_key", "user_id", "preference_key"),
                index("ix_user_preferences_user_id", "user_id"));
        op.dropTable("gridsquare",
                column("id", integer()).notNull().identity(),
                column("acquisition_datetime", timestamp()),
                column("grid_square_name", varchar(100)).notNull(),
                column("status", varchar(30)).notNull(),
                primaryKey("id"),
                index("ix_gridsquare_acquisition_datetime_status", "acquisition_datetime", "status"));
    }
}
