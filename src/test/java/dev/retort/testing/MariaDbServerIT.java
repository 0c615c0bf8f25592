package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class MariaDbServerIT {
    @Test
    void givesEachTestItsOwnDatabaseOnARealServer() throws Exception {
        MariaDbServer.Database a = MariaDbServer.newDatabase();
        MariaDbServer.Database b = MariaDbServer.newDatabase();
        assertThat(a.url()).isNotEqualTo(b.url());
        try (Connection c = a.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id int)");
            try (ResultSet rs = st.executeQuery("SELECT VERSION()")) {
                rs.next();
                assertThat(rs.getString(1)).as(MariaDbServer.description()).containsIgnoringCase("mariadb");
            }
            // the tests' runner takes the named lock that concurrent upgrades serialise on
            try (ResultSet rs = st.executeQuery("SELECT GET_LOCK('retort_test', 1)")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
        try (Connection c = b.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_name = 't'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
