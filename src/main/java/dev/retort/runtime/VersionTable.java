package dev.retort.runtime;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.revision.Step;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The table recording which revisions the database is at: one row per head, {@code version_num}.
 * Each step changes it by as few rows as possible, and online every change must touch exactly one row.
 */
public final class VersionTable {
    private final SqlDialect dialect;
    private final String name;

    public VersionTable(SqlDialect dialect, String name) {
        this.dialect = dialect;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The current heads, sorted; empty when the table does not exist yet. */
    public List<String> heads(Connection connection) {
        try {
            if (!exists(connection)) {
                return List.of();
            }
            List<String> heads = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT version_num FROM " + dialect.quote(name) + " ORDER BY version_num")) {
                while (rs.next()) {
                    heads.add(rs.getString(1));
                }
            }
            return heads;
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "Cannot read the version table " + name + ": " + e.getMessage()
                    + "; check that the database is reachable and the user may read it", e);
        }
    }

    /** Once seen, the table is taken to stay: a runner reads the heads inside every migration's transaction. */
    private boolean seen;

    private boolean exists(Connection connection) throws SQLException {
        if (!seen) {
            seen = tableExists(connection, name);
        }
        return seen;
    }

    /**
     * Whether a table of this name exists, spelled as given, in lower case or in upper case, in the connection's
     * catalog: MariaDB's driver lists every database's tables without one.
     */
    static boolean tableExists(Connection connection, String table) throws SQLException {
        String catalog = connection.getCatalog();
        for (String candidate : List.of(table, table.toLowerCase(java.util.Locale.ROOT), table.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = connection.getMetaData().getTables(catalog, null, candidate, null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    if (type == null || type.toUpperCase(java.util.Locale.ROOT).contains("TABLE")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public void ensure(StatementSink sink) {
        sink.execute(dialect.createVersionTable(name));
    }

    /** Replaces the table's content with {@code heads} ({@code stamp}). */
    public void set(StatementSink sink, List<String> heads) {
        sink.execute("DELETE FROM " + dialect.quote(name));
        for (String h : heads) {
            expectOne(sink.execute("INSERT INTO " + dialect.quote(name) + " (version_num) VALUES (" + dialect.literal(h) + ")"), h);
        }
    }

    /** Moves the table from {@code step.headsBefore()} to {@code step.headsAfter()}. */
    public void update(StatementSink sink, Step step) {
        List<String> removed = step.headsBefore().stream().filter(h -> !step.headsAfter().contains(h)).toList();
        List<String> added = step.headsAfter().stream().filter(h -> !step.headsBefore().contains(h)).toList();
        String table = dialect.quote(name);
        if (removed.size() == 1 && added.size() == 1) {
            expectOne(sink.execute("UPDATE " + table + " SET version_num = " + dialect.literal(added.get(0))
                    + " WHERE version_num = " + dialect.literal(removed.get(0))), removed.get(0));
            return;
        }
        for (String r : removed) {
            expectOne(sink.execute("DELETE FROM " + table + " WHERE version_num = " + dialect.literal(r)), r);
        }
        for (String a : added) {
            expectOne(sink.execute("INSERT INTO " + table + " (version_num) VALUES (" + dialect.literal(a) + ")"), a);
        }
    }

    private void expectOne(int count, String revision) {
        if (count != -1 && count != 1) {
            throw new RetortException(ErrorCode.DATABASE, "The version table " + name + " changed " + count
                    + " rows for revision " + revision + " instead of one; another process may be migrating the"
                    + " same database. Check `retort current` and retry");
        }
    }
}
