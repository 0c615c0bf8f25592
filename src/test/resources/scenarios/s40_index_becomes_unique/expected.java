import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Drops index ix_purchase_user_amount on purchase and creates unique index ix_purchase_user_amount
 * on purchase.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>- index ix_purchase_user_amount on purchase (user_id, amount)
 *   <li>+ unique index ix_purchase_user_amount on purchase (user_id, amount)
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario s40_index_becomes_unique"
)
public final class M20260102_031405_scenario_s40_index_becomes_unique implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropIndex("purchase", index("ix_purchase_user_amount", "user_id", "amount"));
        op.createIndex("purchase", uniqueIndex("ix_purchase_user_amount", "user_id", "amount"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("purchase", uniqueIndex("ix_purchase_user_amount", "user_id", "amount"));
        op.createIndex("purchase", index("ix_purchase_user_amount", "user_id", "amount"));
    }
}
