package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresServerIT {
    @Test
    void givesEachTestItsOwnDatabaseOnARealServer() throws Exception {
        PostgresServer.Database a = PostgresServer.newDatabase();
        PostgresServer.Database b = PostgresServer.newDatabase();
        assertThat(a.url()).isNotEqualTo(b.url());
        try (Connection c = a.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id int)");
            try (ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(120000);
            }
        }
        try (Connection c = b.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 't'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
