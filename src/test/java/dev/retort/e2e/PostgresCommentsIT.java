package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** {@link CommentsCases} on PostgreSQL, where comments land in {@code pg_description}. */
class PostgresCommentsIT extends CommentsCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    /** The comment in {@code pg_description}. */
    @Override
    String storedComment(Connection c, String table, Optional<String> column) throws SQLException {
        String sql = column.isEmpty()
                ? "SELECT obj_description('" + table + "'::regclass, 'pg_class')"
                : "SELECT col_description('" + table + "'::regclass, a.attnum) FROM pg_attribute a"
                        + " WHERE a.attrelid = '" + table + "'::regclass AND a.attname = '" + column.get() + "'";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(table + column.map(name -> "." + name).orElse("") + " exists").isTrue();
            return rs.getString(1);
        }
    }
}
