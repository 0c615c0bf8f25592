import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Review first: narrows column vessels.callsign and drops table beacons and all its rows. Also
 * creates table ports, adds column vessels.draught_m, comments column vessels.flag, changes the
 * comment of column vessels.name, comments table vessels, changes the comment of table alerts and
 * makes 1 more change listed below.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>+ table ports
 *   <li>+ column vessels.draught_m
 *   <li>~ column vessels.flag: char(2) NULL -&gt; char(2) NULL COMMENT 'ISO 3166 country code'
 *   <li>~ column vessels.name: varchar(120) NULL COMMENT 'Name' -&gt; varchar(120) NULL COMMENT 'Registered name'
 *   <li>~ column vessels.callsign: varchar(7) NULL COMMENT 'Radio call sign' -&gt; varchar(7) NOT NULL (NOT NULL added)
 *   <li>~ table vessels comment: (none) -&gt; 'Every vessel ever seen'
 *   <li>~ table alerts comment: 'Alerts' -&gt; 'Rule violations, newest last'
 *   <li>~ table alert_cooldowns comment: 'Do not alert twice' -&gt; (none)
 *   <li>- table beacons (data loss)
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "document the vessel tables"
)
public final class M20261122_101500_document_the_vessel_tables implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("ports",
                comment("Ports a vessel can call at"),
                column("id", bigint()).notNull().comment("UN/LOCODE number"),
                column("name", varchar(120)).comment("Name as the \"harbour master\" spells it;\nmay change"),
                column("country", character(2)),
                primaryKey("id"));
        op.addColumn("vessels", column("draught_m", numeric(4, 1)).comment("Metres below the waterline"));
        op.alterColumn("vessels", column("flag", character(2)), column("flag", character(2)).comment("ISO 3166 country code"));
        op.alterColumn("vessels", column("name", varchar(120)).comment("Name"), column("name", varchar(120)).comment("Registered name"));
        // REVIEW: makes vessels.callsign NOT NULL: fails if any row holds NULL; backfill first
        //         (nullable -> backfill -> NOT NULL), e.g. with op.execute("UPDATE vessels SET
        //         callsign = ... WHERE callsign IS NULL") above this line
        op.alterColumn("vessels", column("callsign", varchar(7)).comment("Radio call sign"), column("callsign", varchar(7)).notNull());
        op.alterTableComment("vessels", null, "Every vessel ever seen");
        op.alterTableComment("alerts", "Alerts", "Rule violations, newest last");
        op.alterTableComment("alert_cooldowns", "Do not alert twice", null);
        // REVIEW: drops table beacons and all its rows; downgrade() recreates it empty
        op.dropTable("beacons",
                comment("Retired AIS base stations"),
                column("id", bigint()).notNull(),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.createTable("beacons",
                comment("Retired AIS base stations"),
                column("id", bigint()).notNull(),
                primaryKey("id"));
        op.alterTableComment("alert_cooldowns", null, "Do not alert twice");
        op.alterTableComment("alerts", "Rule violations, newest last", "Alerts");
        op.alterTableComment("vessels", "Every vessel ever seen", null);
        op.alterColumn("vessels", column("callsign", varchar(7)).notNull(), column("callsign", varchar(7)).comment("Radio call sign"));
        op.alterColumn("vessels", column("name", varchar(120)).comment("Registered name"), column("name", varchar(120)).comment("Name"));
        op.alterColumn("vessels", column("flag", character(2)).comment("ISO 3166 country code"), column("flag", character(2)));
        // REVIEW: drops column vessels.draught_m and its data; upgrade() restores the column, not
        //         its values
        op.dropColumn("vessels", column("draught_m", numeric(4, 1)).comment("Metres below the waterline"));
        // REVIEW: drops table ports and all its rows; upgrade() recreates it empty
        op.dropTable("ports",
                comment("Ports a vessel can call at"),
                column("id", bigint()).notNull().comment("UN/LOCODE number"),
                column("name", varchar(120)).comment("Name as the \"harbour master\" spells it;\nmay change"),
                column("country", character(2)),
                primaryKey("id"));
    }
}
