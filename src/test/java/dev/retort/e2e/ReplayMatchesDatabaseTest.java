package dev.retort.e2e;

import dev.retort.testing.TestDatabase;

/** {@link ReplayMatchesDatabaseCases} on SQLite. */
class ReplayMatchesDatabaseTest extends ReplayMatchesDatabaseCases {
    @Override
    TestDatabase database() {
        return TestDatabase.SQLITE;
    }
}
