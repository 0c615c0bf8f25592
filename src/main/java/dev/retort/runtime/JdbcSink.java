package dev.retort.runtime;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.ops.MigrationOp;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;

/** Runs statements on a connection, one transaction per migration. */
public final class JdbcSink implements StatementSink {
    private final Connection connection;
    private final Predicate<String> commitsImplicitly;
    private final List<String> ran = new java.util.ArrayList<>();
    private int committed;

    /** A sink on a database whose statements all stay inside the open transaction. */
    public JdbcSink(Connection connection) {
        this(connection, sql -> false);
    }

    /**
     * A sink on a database where the statements {@code commitsImplicitly} accepts end the open transaction on their
     * own ({@link dev.retort.dialect.SqlDialect#commitsImplicitly}): the sink commits before each of them, as the
     * database would, so that {@link #committedSinceBegin()} is known even when one of them fails.
     */
    public JdbcSink(Connection connection, Predicate<String> commitsImplicitly) {
        this.connection = connection;
        this.commitsImplicitly = commitsImplicitly;
    }

    @Override
    public List<String> ranSinceBegin() {
        return List.copyOf(ran);
    }

    @Override
    public int committedSinceBegin() {
        return committed;
    }

    @Override
    public int execute(String sql) {
        return execute(sql, List.of());
    }

    @Override
    public void execute(OpStatements statements) {
        for (String sql : statements.statements()) {
            boolean commits = commitsImplicitly.test(sql);
            if (commits) {
                commitSoFar(sql, statements.ops());
            }
            execute(sql, statements.ops());
            ran.add(sql);
            if (commits) {
                committed = ran.size();
            }
        }
    }

    private int execute(String sql, List<MigrationOp> ops) {
        try (Statement st = connection.createStatement()) {
            boolean hasResult = st.execute(sql);
            if (hasResult && sql.regionMatches(true, 0, FOREIGN_KEY_CHECK, 0, FOREIGN_KEY_CHECK.length())) {
                failOnOrphans(st);
            }
            return hasResult ? -1 : st.getUpdateCount();
        } catch (SQLException e) {
            throw new StatementFailedException(sql, ops, e);
        }
    }

    /**
     * Commits what the open transaction holds before {@code sql}, which would commit it anyway: even when {@code sql}
     * then fails, what ran before it has committed.
     */
    private void commitSoFar(String sql, List<MigrationOp> ops) {
        try {
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            committed = ran.size();
        } catch (SQLException e) {
            throw new StatementFailedException(sql, ops, e);
        }
    }

    /** SQLite's check of foreign keys, which reports the rows that break one instead of failing. */
    private static final String FOREIGN_KEY_CHECK = "PRAGMA foreign_key_check";

    /** Fails the statement when SQLite's foreign key check listed rows: how many, of which table, to which parent. */
    private static void failOnOrphans(Statement st) throws SQLException {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        try (java.sql.ResultSet rs = st.getResultSet()) {
            while (rs.next()) {
                counts.merge(rs.getString(1) + " -> " + rs.getString(3), 1, Integer::sum);
            }
        }
        if (!counts.isEmpty()) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            counts.forEach((pair, n) -> {
                String[] tables = pair.split(" -> ", 2);
                parts.add(n + " row(s) of table " + tables[0] + " refer to rows of " + tables[1]
                        + " that do not exist");
            });
            throw new SQLException(String.join("; ", parts)
                    + " (foreign key check); delete or correct those rows, or add the missing parent rows, in a"
                    + " migration before this one");
        }
    }

    @Override
    public void begin() {
        ran.clear();
        committed = 0;
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

    /** A statement the database refused, with the ops it performs; the runner adds which migration it belonged to. */
    public static final class StatementFailedException extends RuntimeException {
        private final String sql;
        private final transient List<MigrationOp> ops;

        StatementFailedException(String sql, List<MigrationOp> ops, SQLException cause) {
            super(cause.getMessage(), cause);
            this.sql = sql;
            this.ops = List.copyOf(ops);
        }

        public String sql() {
            return sql;
        }

        /** The ops the statement performs; empty for bookkeeping (the version and checksum tables). */
        public List<MigrationOp> ops() {
            return ops;
        }
    }
}
