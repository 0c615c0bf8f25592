package dev.retort.e2e;

import dev.retort.testing.Sql;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@link RoundTripCases} on a real SQLite file. */
class SqliteRoundTripTest extends RoundTripCases {
    @Override
    TestDatabase database() {
        return TestDatabase.SQLITE;
    }

    /** Tables, indexes, views and triggers, except SQLite's own and those of the version tables. */
    @Override
    List<String> objectsLeft(Connection c) throws SQLException {
        return Sql.rows(c, "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                + " AND tbl_name NOT IN ('retort_version', 'retort_version_checksums')");
    }
}
