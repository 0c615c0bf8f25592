package dev.retort.e2e;

import dev.retort.testing.TestDatabase;

/** {@link ConcurrentUpgradeCases} on one PostgreSQL database (advisory lock). */
class ConcurrentUpgradeIT extends ConcurrentUpgradeCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
