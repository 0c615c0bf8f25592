import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * An empty revision: nothing happens until its upgrade() and downgrade() bodies are written.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "backfill later"
)
public final class M20261122_101500_backfill_later implements Migration {
    @Override
    public void upgrade(Operations op) {
        // nothing to do
        // for example: op.addColumn("users", column("nickname", varchar(50)));
        //   or data: op.bulkInsert("user_preferences", List.of(row("user_id", 0, "preference_key", "theme")));
    }

    @Override
    public void downgrade(Operations op) {
        // nothing to do
    }
}
