package dev.retort.e2e;

import dev.retort.testing.TestDatabase;

/** {@link EvolutionCases} on an SQLite file, where most changes rebuild the table. */
class SqliteEvolutionTest extends EvolutionCases {
    @Override
    TestDatabase database() {
        return TestDatabase.SQLITE;
    }
}
