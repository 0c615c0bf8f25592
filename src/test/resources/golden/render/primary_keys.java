import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Review first: changes the primary key of crew_members and drops the primary key of
 * position_reports. Also adds column vessel_events.id and adds primary key (id) to vessel_events.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>+ column vessel_events.id
 *   <li>~ table vessel_events primary key: (none) -&gt; (id)
 *   <li>~ table crew_members primary key: (vessel_id) -&gt; (vessel_id, person_id) (primary key changed)
 *   <li>~ table position_reports primary key: (mmsi, reported_at) -&gt; (none) (primary key dropped)
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "key events by id"
)
public final class M20261122_101500_key_events_by_id implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("vessel_events", column("id", bigint()).notNull().identity());
        op.alterPrimaryKey("vessel_events", List.of(), List.of("id"));
        // REVIEW: changes the primary key of crew_members from (vessel_id) to (vessel_id,
        //         person_id): fails if the new key columns hold duplicates or NULLs, and foreign
        //         keys that reference the old key must change with it
        op.alterPrimaryKey("crew_members", List.of("vessel_id"), List.of("vessel_id", "person_id"));
        // REVIEW: drops the primary key (mmsi, reported_at) of position_reports: duplicate keys
        //         become possible, and downgrade() fails once any exist
        op.alterPrimaryKey("position_reports", List.of("mmsi", "reported_at"), List.of());
    }

    @Override
    public void downgrade(Operations op) {
        op.alterPrimaryKey("position_reports", List.of(), List.of("mmsi", "reported_at"));
        // REVIEW: changes the primary key of crew_members from (vessel_id, person_id) to
        //         (vessel_id): fails if the new key columns hold duplicates or NULLs, and foreign
        //         keys that reference the old key must change with it
        op.alterPrimaryKey("crew_members", List.of("vessel_id", "person_id"), List.of("vessel_id"));
        // REVIEW: drops the primary key (id) of vessel_events: duplicate keys become possible, and
        //         upgrade() fails once any exist
        op.alterPrimaryKey("vessel_events", List.of("id"), List.of());
        // REVIEW: drops column vessel_events.id and its data; upgrade() restores the column, not
        //         its values
        op.dropColumn("vessel_events", column("id", bigint()).notNull().identity());
    }
}
