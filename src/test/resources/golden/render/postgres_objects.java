import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Creates enum type incident_status, creates sequence incidents_seq, creates table incidents,
 * creates index ix_incidents_metadata on incidents, drops sequence legacy_seq and drops enum type
 * legacy_kind.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>+ enum type incident_status
 *   <li>+ sequence incidents_seq
 *   <li>+ table incidents
 *   <li>+ index ix_incidents_metadata on incidents (metadata)
 *   <li>- sequence legacy_seq
 *   <li>- enum type legacy_kind
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "dispatch incidents"
)
public final class M20261122_101500_dispatch_incidents implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createEnumType(enumType("incident_status", "OPEN", "CLOSED"));
        op.createSequence(sequence("incidents_seq", 1, 50));
        op.createTable("incidents",
                column("id", bigint()).notNull(),
                column("tags", array(text())),
                column("metadata", jsonb()),
                column("deleted_at", timestamptz()),
                primaryKey("id"),
                index("ix_incidents_tags", "tags").using("gin"));
        op.createIndex("incidents", index("ix_incidents_metadata", "metadata").using("gin").where("deleted_at IS NULL"));
        op.dropSequence(sequence("legacy_seq", 100, 1));
        op.dropEnumType(enumType("legacy_kind", "A", "B's"));
    }

    @Override
    public void downgrade(Operations op) {
        op.createEnumType(enumType("legacy_kind", "A", "B's"));
        op.createSequence(sequence("legacy_seq", 100, 1));
        op.dropIndex("incidents", index("ix_incidents_metadata", "metadata").using("gin").where("deleted_at IS NULL"));
        // REVIEW: drops table incidents and all its rows; upgrade() recreates it empty
        op.dropTable("incidents",
                column("id", bigint()).notNull(),
                column("tags", array(text())),
                column("metadata", jsonb()),
                column("deleted_at", timestamptz()),
                primaryKey("id"),
                index("ix_incidents_tags", "tags").using("gin"));
        op.dropSequence(sequence("incidents_seq", 1, 50));
        op.dropEnumType(enumType("incident_status", "OPEN", "CLOSED"));
    }
}
