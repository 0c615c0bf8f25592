package com.example.migrations;

import static dev.retort.migration.Schema.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Adds column alerts.acknowledged.
 *
 * <p>Revision: 3f2a9c1d7e4b<br>
 * Revises: 9b1e04c2a7d0<br>
 * Created: 2026-11-22 10:15:00 UTC
 *
 * <ul>
 *   <li>+ column alerts.acknowledged
 * </ul>
 */
@Revision(
        id = "3f2a9c1d7e4b",
        revises = "9b1e04c2a7d0",
        created = "2026-11-22 10:15:00",
        message = "add alert acknowledged"
)
public final class M20261122_101500_add_alert_acknowledged implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("alerts", column("acknowledged", bool()).notNull().defaultValue("false"));
    }

    @Override
    public void downgrade(Operations op) {
        // REVIEW: drops column alerts.acknowledged and its data; upgrade() restores the column, not
        //         its values
        op.dropColumn("alerts", column("acknowledged", bool()).notNull().defaultValue("false"));
    }
}
