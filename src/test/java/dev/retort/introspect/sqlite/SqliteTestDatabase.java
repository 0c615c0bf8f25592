package dev.retort.introspect.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A real SQLite file for tests, and small helpers to run statements and read rows. */
public final class SqliteTestDatabase {

    private SqliteTestDatabase() {
    }

    /** Opens (creating) {@code name} under {@code dir}; foreign keys stay at sqlite-jdbc's default, OFF. */
    public static Connection open(Path dir, String name) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(name));
    }

    /** Runs {@code statements} in one transaction, as the migration runner does. */
    public static void executeInTransaction(Connection c, List<String> statements) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + " in: " + sql, e);
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Runs one statement in autocommit mode: {@code PRAGMA foreign_keys} is a no-op inside a transaction. */
    public static void executeOutsideTransaction(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    public static void execute(Connection c, String... statements) throws SQLException {
        executeInTransaction(c, List.of(statements));
    }

    /** Every row of {@code query}, each as column label to value. */
    public static List<Map<String, Object>> rows(Connection c, String query) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
