package dev.retort.runtime;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs statements on a connection, one transaction per migration. */
public final class JdbcSink implements StatementSink {
    private final Connection connection;

    public JdbcSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public int execute(String sql) {
        try (Statement st = connection.createStatement()) {
            boolean hasResult = st.execute(sql);
            return hasResult ? -1 : st.getUpdateCount();
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }

    @Override
    public void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "Cannot start a transaction: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "Cannot commit the migration: " + e.getMessage(), e);
        }
    }

    @Override
    public void rollback() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "Rollback failed: " + e.getMessage()
                    + "; check the database state with `retort current` before retrying", e);
        }
    }

    /** A statement the database refused; the runner adds which migration it belonged to. */
    public static final class StatementFailedException extends RuntimeException {
        private final String sql;

        StatementFailedException(String sql, SQLException cause) {
            super(cause.getMessage(), cause);
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }
}
