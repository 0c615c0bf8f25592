import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Creates table vessels_latest, creates table alerts and creates table alert_cooldowns.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: none (first revision)<br>
 * Created: 2026-11-22 10:15:00 UTC<br>
 * Entities read with: Hibernate ORM 7.4.5.Final<br>
 * Branch labels: vessels
 *
 * <ul>
 *   <li>+ table vessels_latest
 *   <li>+ table alerts
 *   <li>+ table alert_cooldowns
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = {},
        created = "2026-11-22 10:15:00",
        message = "create vessel tracking tables",
        branchLabels = "vessels"
)
public final class M20261122_101500_create_vessel_tracking_tables implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("vessels_latest",
                column("mmsi", bigint()).notNull(),
                column("name", varchar(120)),
                column("timestamp", timestamptz()).notNull(),
                column("last_alert_severity", varchar(20)),
                column("speed_knots", numeric(5, 2)),
                column("position", sqlType("geography(point,4326)")),
                primaryKey("mmsi"),
                index("ix_vessels_latest_last_alert_severity", "last_alert_severity"),
                index("ix_vessels_latest_timestamp", "timestamp"));
        op.createTable("alerts",
                column("id", bigint()).notNull().identity(),
                column("mmsi", bigint()).notNull(),
                column("timestamp", timestamptz()).notNull(),
                column("type", varchar(50)).notNull(),
                column("severity", varchar(20)),
                column("details", jsonb()),
                column("acknowledged", bool()).notNull().defaultValue("false"),
                primaryKey("id"),
                foreignKey("fk_alerts_mmsi", List.of("mmsi"), "vessels_latest", List.of("mmsi")).onDelete(CASCADE),
                check("severity in ('LOW','MEDIUM','HIGH')"),
                index("ix_alerts_mmsi", "mmsi"),
                index("ix_alerts_mmsi_timestamp", "mmsi", "timestamp"),
                index("ix_alerts_type_timestamp", "type", "timestamp"));
        op.createTable("alert_cooldowns",
                column("mmsi", bigint()).notNull(),
                column("rule_type", varchar(50)).notNull(),
                column("last_alert_timestamp", timestamp()).notNull(),
                column("note", text()),
                primaryKey("mmsi", "rule_type"),
                foreignKey("fk_alert_cooldowns_mmsi", List.of("mmsi"), "vessels_latest", List.of("mmsi")),
                unique("uq_alert_cooldowns_rule_type_mmsi", "rule_type", "mmsi"),
                check("ck_alert_cooldowns_rule_type", "length(rule_type) > 0"),
                index("ix_alert_cooldowns_last_alert_timestamp", "last_alert_timestamp"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops table alert_cooldowns and all its rows; upgrade() recreates it empty
        op.dropTable("alert_cooldowns",
                column("mmsi", bigint()).notNull(),
                column("rule_type", varchar(50)).notNull(),
                column("last_alert_timestamp", timestamp()).notNull(),
                column("note", text()),
                primaryKey("mmsi", "rule_type"),
                foreignKey("fk_alert_cooldowns_mmsi", List.of("mmsi"), "vessels_latest", List.of("mmsi")),
                unique("uq_alert_cooldowns_rule_type_mmsi", "rule_type", "mmsi"),
                check("ck_alert_cooldowns_rule_type", "length(rule_type) > 0"),
                index("ix_alert_cooldowns_last_alert_timestamp", "last_alert_timestamp"));
        // REVIEW: drops table alerts and all its rows; upgrade() recreates it empty
        op.dropTable("alerts",
                column("id", bigint()).notNull().identity(),
                column("mmsi", bigint()).notNull(),
                column("timestamp", timestamptz()).notNull(),
                column("type", varchar(50)).notNull(),
                column("severity", varchar(20)),
                column("details", jsonb()),
                column("acknowledged", bool()).notNull().defaultValue("false"),
                primaryKey("id"),
                foreignKey("fk_alerts_mmsi", List.of("mmsi"), "vessels_latest", List.of("mmsi")).onDelete(CASCADE),
                check("severity in ('LOW','MEDIUM','HIGH')"),
                index("ix_alerts_mmsi", "mmsi"),
                index("ix_alerts_mmsi_timestamp", "mmsi", "timestamp"),
                index("ix_alerts_type_timestamp", "type", "timestamp"));
        // REVIEW: drops table vessels_latest and all its rows; upgrade() recreates it empty
        op.dropTable("vessels_latest",
                column("mmsi", bigint()).notNull(),
                column("name", varchar(120)),
                column("timestamp", timestamptz()).notNull(),
                column("last_alert_severity", varchar(20)),
                column("speed_knots", numeric(5, 2)),
                column("position", sqlType("geography(point,4326)")),
                primaryKey("mmsi"),
                index("ix_vessels_latest_last_alert_severity", "last_alert_severity"),
                index("ix_vessels_latest_timestamp", "timestamp"));
    }
}
