package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** {@link CommentsCases} on SQLite, which keeps no comments. */
class SqliteCommentsTest extends CommentsCases {
    @Override
    TestDatabase database() {
        return TestDatabase.SQLITE;
    }

    /** SQLite has no catalog of comments: the {@code REMARKS} its driver reports. */
    @Override
    String storedComment(Connection c, String table, Optional<String> column) throws SQLException {
        try (ResultSet rs = column.isEmpty() ? c.getMetaData().getTables(null, null, table, null)
                : c.getMetaData().getColumns(null, null, table, column.get())) {
            assertThat(rs.next()).as(table + column.map(name -> "." + name).orElse("") + " exists").isTrue();
            return rs.getString("REMARKS");
        }
    }
}
