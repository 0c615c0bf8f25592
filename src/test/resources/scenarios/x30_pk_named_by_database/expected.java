import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: changes the primary key of account.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ table account primary key: (id) -&gt; (code) (primary key changed)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario x30_pk_named_by_database"
)
public final class M20260102_030405_scenario_x30_pk_named_by_database implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: changes the primary key of account from (id) to (code): fails if the new key
        //         columns hold duplicates or NULLs, and foreign keys that reference the old key
        //         must change with it
        op.alterPrimaryKey("account", primaryKey("id").named("pk_account"), primaryKey("code"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: changes the primary key of account from (code) to (id): fails if the new key
        //         columns hold duplicates or NULLs, and foreign keys that reference the old key
        //         must change with it
        op.alterPrimaryKey("account", primaryKey("code"), primaryKey("id").named("pk_account"));
    }
}
