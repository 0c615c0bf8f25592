package dev.retort.dialect.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;
import dev.retort.testing.MariaDbServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every op's statements run on a real MariaDB server, one after the other, from an empty database to an empty one. */
class MariaDbOpsIT {
    private final MariaDbDialect dialect = new MariaDbDialect();

    @Test
    void everyOpRunsOnTheServer() throws Exception {
        MariaDbServer.Database db = MariaDbServer.newDatabase();
        List<String> ran = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            SchemaModel model = SchemaModel.EMPTY;
            for (MigrationOp op : MariaDbOps.all()) {
                for (String sql : dialect.statements(op, model)) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new AssertionError(op + "\n" + sql + "\n" + e.getMessage(), e);
                    }
                    ran.add(sql);
                }
                if (op.toString().startsWith("BulkInsert[table=pets")) {
                    try (ResultSet rs = st.executeQuery("SELECT `seen_at`, `notes`, HEX(`photo`), `tame`, `id`"
                            + " FROM `pets`")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).startsWith("2024-05-01 10:15:30.123456");
                        assertThat(rs.getString(2)).isEqualTo("it's a \\ backslash");
                        assertThat(rs.getString(3)).isEqualTo("010203");
                        assertThat(rs.getBoolean(4)).isTrue();
                        assertThat(rs.getString(5)).isEqualTo("0b8f6f7e-1111-4a4a-8c8c-000000000001");
                    }
                }
                model = MariaDbOps.fold(model, op);
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE()")) {
                rs.next();
                assertThat(rs.getInt(1)).as(String.join("\n", ran)).isZero();
            }
        }
        assertThat(ran).hasSizeGreaterThan(MariaDbOps.all().size());
    }

    @Test
    void theMigrationLockIsTheNamedLockOfThisDatabase() throws Exception {
        MariaDbServer.Database db = MariaDbServer.newDatabase();
        try (Connection a = db.connect(); Connection b = db.connect();
             Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            assertThat(bool(sa, dialect.tryLockStatement("retort_version").orElseThrow())).isTrue();
            assertThat(bool(sb, dialect.tryLockStatement("retort_version").orElseThrow())).isFalse();
            try (ResultSet rs = sb.executeQuery(dialect.lockHolderQuery("retort_version").orElseThrow())) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("connection ");
            }
            sa.execute(dialect.unlockStatement("retort_version").orElseThrow());
            assertThat(bool(sb, dialect.tryLockStatement("retort_version").orElseThrow())).isTrue();
            sb.execute(dialect.createVersionTable("retort_version"));
        }
    }

    private static boolean bool(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
