import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Seeds the default preferences (user 0) that the UI falls back to; hand-written data migration.
 *
 * <p>Revision: 5398d3049036<br>
 * Revises: 37d2ebb24afc<br>
 * Created: 2026-11-22 01:35:22 UTC
 */
@Revision(
        id = "5398d3049036",
        revises = "37d2ebb24afc",
        created = "2026-11-22 01:35:22",
        message = "seed default preferences"
)
public final class M20261122_013522_seed_default_preferences implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.bulkInsert("user_preferences", List.of(
                row("user_id", 0, "preference_key", "theme", "preference_value", "{\"mode\": \"dark\"}"),
                row("user_id", 0, "preference_key", "grid_overlay", "preference_value", "{\"visible\": true}")));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM user_preferences WHERE user_id = 0 AND preference_key IN ('theme', 'grid_overlay')");
    }
}
