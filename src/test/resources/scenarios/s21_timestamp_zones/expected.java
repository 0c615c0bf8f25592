import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column t.inst, narrows column t.ldt and narrows column t.odt.
 *
 * <p>Revision: abc000000001<br>
 * Revises: none (first revision)<br>
 * Created: 2026-01-02 03:04:05 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final
 *
 * <ul>
 *   <li>~ column t.inst: timestamp NULL -&gt; timestamptz NULL (narrowing)
 *   <li>~ column t.ldt: timestamptz NULL -&gt; timestamp NULL (narrowing)
 *   <li>~ column t.odt: timestamp NULL -&gt; timestamptz NULL (narrowing)
 * </ul>
 */
@Revision(
        id = "abc000000001",
        revises = {},
        created = "2026-01-02 03:04:05",
        message = "scenario s21_timestamp_zones"
)
public final class M20260102_030405_scenario_s21_timestamp_zones implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: narrows t.inst from timestamp to timestamptz: fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("inst", timestamp()), column("inst", timestamptz()));
        // REVIEW: narrows t.ldt from timestamptz to timestamp: fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("ldt", timestamptz()), column("ldt", timestamp()));
        // REVIEW: narrows t.odt from timestamp to timestamptz: fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("odt", timestamp()), column("odt", timestamptz()));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: narrows t.odt from timestamptz to timestamp: fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("odt", timestamptz()), column("odt", timestamp()));
        // REVIEW: narrows t.ldt from timestamp to timestamptz: fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("ldt", timestamp()), column("ldt", timestamptz()));
        // REVIEW: narrows t.inst from timestamptz to timestamp: fails or truncates where existing
        //         values do not fit; check the data first
        op.alterColumn("t", column("inst", timestamptz()), column("inst", timestamp()));
    }
}
