package dev.retort.runtime;

import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.OpChecksum;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Beside the version table, the checksum of each applied migration ({@link OpChecksum}), so an applied migration
 * edited afterwards is noticed. One row per applied revision: {@code version_num}, {@code normalization} (the
 * version of the normal form the checksum was computed under) and {@code checksum}. A row is written in the same
 * transaction as the migration it describes and deleted when the migration is reverted; a revision without a row
 * (stamped, or applied before checksums were recorded, or by another tool) is simply not checked.
 */
public final class ChecksumTable {
    private final SqlDialect dialect;
    private final String name;

    public ChecksumTable(SqlDialect dialect, String versionTable) {
        this.dialect = dialect;
        this.name = nameFor(versionTable);
    }

    /** The checksum table that goes with {@code versionTable}: its name and {@code _checksums}. */
    public static String nameFor(String versionTable) {
        return versionTable + "_checksums";
    }

    public String name() {
        return name;
    }

    /**
     * One recorded checksum.
     *
     * @param normalization the version of the normal form it was computed under
     * @param checksum the hex digest
     */
    public record Recorded(int normalization, String checksum) {
        /** Whether {@code ops} still have this checksum; empty when this release does not know the normal form. */
        public Optional<Boolean> matches(List<MigrationOp> ops) {
            return OpChecksum.of(normalization, ops).map(checksum::equals);
        }
    }

    /** The recorded checksums by revision; empty when the table does not exist (a database from before them). */
    public Map<String, Recorded> read(Connection connection) {
        Map<String, Recorded> rows = new TreeMap<>();
        try {
            if (!exists(connection)) {
                return rows;
            }
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT version_num, normalization, checksum FROM " + dialect.quote(name))) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Recorded(rs.getInt(2), rs.getString(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "Cannot read the checksum table " + name + ": " + e.getMessage()
                    + "; check that the database is reachable and the user may read it", e);
        }
    }

    private boolean exists(Connection connection) throws SQLException {
        return VersionTable.tableExists(connection, name);
    }

    public void ensure(StatementSink sink) {
        sink.execute("CREATE TABLE IF NOT EXISTS " + dialect.quote(name) + " (version_num varchar(255) NOT NULL PRIMARY KEY,"
                + " normalization integer NOT NULL, checksum varchar(128) NOT NULL)");
    }

    /** Records the checksum of {@code ops}, the upgrade of {@code revision}, replacing any earlier one. */
    public void record(StatementSink sink, String revision, List<MigrationOp> ops) {
        forget(sink, revision);
        sink.execute("INSERT INTO " + dialect.quote(name) + " (version_num, normalization, checksum) VALUES ("
                + dialect.literal(revision) + ", " + OpChecksum.NORMALIZATION + ", " + dialect.literal(OpChecksum.of(ops)) + ")");
    }

    /** Deletes the checksum of {@code revision} (reverted). */
    public void forget(StatementSink sink, String revision) {
        sink.execute("DELETE FROM " + dialect.quote(name) + " WHERE version_num = " + dialect.literal(revision));
    }

    /** Deletes the checksums of every revision but {@code applied} (after a stamp moved the version table). */
    public void retain(StatementSink sink, Collection<String> applied) {
        sink.execute("DELETE FROM " + dialect.quote(name) + (applied.isEmpty() ? "" : " WHERE version_num NOT IN ("
                + String.join(", ", applied.stream().sorted().map(dialect::literal).toList()) + ")"));
    }
}
