import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.math.BigDecimal;
import java.util.List;

/**
 * Adds column user_preferences.is_default, inserts 2 rows into user_preferences and runs
 * hand-written SQL.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>+ column user_preferences.is_default
 *   <li>* insert 2 rows into user_preferences
 *   <li>* sql: UPDATE user_preferences SET is_default = TRUE WHERE user_...
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "seed default preferences"
)
public final class M20261122_101500_seed_default_preferences implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("user_preferences", column("is_default", bool()).defaultValue("false"));
        op.bulkInsert("user_preferences", List.of(
                row("user_id", 0L, "preference_key", "theme", "preference_value", "{\"mode\": \"dark\"}", "is_default", true),
                row("user_id", 0L, "preference_key", "page_size", "preference_value", null, "is_default", false, "weight", new BigDecimal("1.50"), "ratio", 0.25, "rank", 3)));
        op.execute("UPDATE user_preferences\n"
                + "SET is_default = TRUE\n"
                + "WHERE user_id = 0");
    }

    @Override
    public void downgrade(Operations op) {
        // TODO: undo op.execute("UPDATE user_preferences SET is_default = TRUE WHERE user_...")
        //       here by hand; Retort cannot reverse raw SQL
        // TODO: remove the 2 rows that upgrade() inserts into user_preferences, e.g.
        //       op.execute("DELETE FROM user_preferences WHERE ...")
        // REVIEW: drops column user_preferences.is_default and its data; upgrade() restores the
        //         column, not its values
        op.dropColumn("user_preferences", column("is_default", bool()).defaultValue("false"));
    }
}
