package dev.retort.e2e;

import dev.retort.testing.TestDatabase;

/** {@link IdentityChangeOnRows} on SQLite, where identity is the AUTOINCREMENT rowid alias and every change rebuilds. */
class SqliteIdentityChangeTest extends IdentityChangeOnRows {
    @Override
    TestDatabase database() {
        return TestDatabase.SQLITE;
    }
}
