package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@link CommentsCases} on MariaDB, where comments are part of the table's and the column's definition
 * ({@code COMMENT '…'}) and {@code information_schema} reports an empty string for none.
 */
class MariaDbCommentsIT extends CommentsCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    /** {@code TABLE_COMMENT} or {@code COLUMN_COMMENT} of {@code information_schema}; empty is no comment. */
    @Override
    String storedComment(Connection c, String table, Optional<String> column) throws SQLException {
        String sql = column.isEmpty()
                ? "SELECT table_comment FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name = ?"
                : "SELECT column_comment FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " AND table_name = ? AND column_name = ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, table);
            if (column.isPresent()) {
                st.setString(2, column.get());
            }
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as(table + column.map(name -> "." + name).orElse("") + " exists").isTrue();
                String comment = rs.getString(1);
                return comment == null || comment.isEmpty() ? null : comment;
            }
        }
    }
}
