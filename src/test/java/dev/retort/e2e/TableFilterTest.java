package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.RetortConfig;
import dev.retort.testing.MigrationBodies;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exclude_tables: a table owned by another system is referenced, never created or dropped. */
class TableFilterTest {
    @TempDir
    Path dir;

    @Test
    void excludedTablesAreNeitherCreatedNorDropped() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\n"
                + "classpath=" + Path.of("target/test-classes").toAbsolutePath().toString().replace("\\", "/") + "\n"
                + "entities=dev.retort.fixtures.filters\n"
                + "exclude_tables=legacy_*, reports_*\n");
        RetortConfig config = ConfigLoader.load(ConfigOverrides.none(), Map.of(), dir);
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE legacy_users (id bigint PRIMARY KEY, login varchar(255), password_hash text)");
            st.execute("CREATE TABLE reports_daily (day date)");
        }
        Retort retort = Projects.retort(config);
        var generated = retort.autogenerate("purchases");
        String source = Files.readString(generated.file().orElseThrow());
        assertThat(MigrationBodies.callsIn(source, "upgrade")).containsExactly("op.createTable(\"purchases\"");
        assertThat(source).contains("\"legacy_users\", List.of(\"id\")")
                .doesNotContain("reports_daily", "password_hash");
        retort.upgrade("head", line -> { });
        assertThat(retort.autogenerate("again").hasChanges()).isFalse();
        assertThat(retort.check().inSync()).isTrue();
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow()); Statement st = c.createStatement()) {
            st.execute("INSERT INTO legacy_users (id, login) VALUES (1, 'ada')");
            st.execute("INSERT INTO purchases (buyer_id) VALUES (1)");
        }
        retort.downgrade("base", line -> { });
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow()); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM legacy_users")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
