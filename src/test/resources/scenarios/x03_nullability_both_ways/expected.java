import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column t.a. Also alters column t.b.
 *
 * <p>Revision: abc00000000b<br>
 * Revises: abc000000001<br>
 * Created: 2026-01-02 03:14:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.a: varchar(20) NULL -&gt; varchar(20) NOT NULL (NOT NULL added)
 *   <li>~ column t.b: varchar(20) NOT NULL -&gt; varchar(20) NULL
 * </ul>
 */
@Revision(
        id = "abc00000000b",
        revises = "abc000000001",
        created = "2026-01-02 03:14:05",
        message = "scenario x03_nullability_both_ways"
)
public final class M20260102_031405_scenario_x03_nullability_both_ways implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: makes t.a NOT NULL: fails if any row holds NULL; backfill first (nullable ->
        //         backfill -> NOT NULL), e.g. with op.execute("UPDATE t SET a = ... WHERE a IS
        //         NULL") above this line
        op.alterColumn("t", column("a", varchar(20)), column("a", varchar(20)).notNull());
        op.alterColumn("t", column("b", varchar(20)).notNull(), column("b", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: makes t.b NOT NULL: fails if any row holds NULL; backfill first (nullable ->
        //         backfill -> NOT NULL), e.g. with op.execute("UPDATE t SET b = ... WHERE b IS
        //         NULL") above this line
        op.alterColumn("t", column("b", varchar(20)), column("b", varchar(20)).notNull());
        op.alterColumn("t", column("a", varchar(20)).notNull(), column("a", varchar(20)));
    }
}
