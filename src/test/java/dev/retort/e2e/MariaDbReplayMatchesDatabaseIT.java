package dev.retort.e2e;

import dev.retort.testing.TestDatabase;

/** {@link ReplayMatchesDatabaseCases} on a real MariaDB server. */
class MariaDbReplayMatchesDatabaseIT extends ReplayMatchesDatabaseCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
