package dev.retort.e2e;

import dev.retort.testing.TestDatabase;
import java.util.List;

/**
 * {@link ConcurrentUpgradeCases} on one MariaDB database (the named lock of {@code GET_LOCK}), where a runner that
 * has migrations to run first says that the database cannot roll back DDL.
 */
class MariaDbConcurrentUpgradeIT extends ConcurrentUpgradeCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    List<String> upgradeNotes() {
        return List.of(MariaDbRoundTripIT.CANNOT_ROLL_BACK_DDL);
    }
}
