package dev.retort.e2e;

import dev.retort.testing.TestDatabase;

/** {@link ConcurrentUpgradeCases} on one SQLite file. */
class ConcurrentUpgradeTest extends ConcurrentUpgradeCases {
    @Override
    TestDatabase database() {
        return TestDatabase.SQLITE;
    }
}
