import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Merges revisions 9b1e04c2a7d0 and c0ffee123456 into one head; it changes no schema unless its
 * author writes upgrade() and downgrade() bodies.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0, c0ffee123456 (merge)<br>
 * Created: 2026-11-22 10:15:00 UTC
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = {"9b1e04c2a7d0", "c0ffee123456"},
        created = "2026-11-22 10:15:00",
        message = "merge heads"
)
public final class M20261122_101500_merge_heads implements Migration {
    @Override
    public void upgrade(Operations op) {
        // nothing to do
    }

    @Override
    public void downgrade(Operations op) {
        // nothing to do
    }
}
