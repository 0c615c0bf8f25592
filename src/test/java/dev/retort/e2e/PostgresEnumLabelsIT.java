package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import dev.retort.testing.PostgresServer;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import dev.retort.testing.SqlClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java enums mapped to PostgreSQL enum types gain constants (the {@code x20_enum_label_added} entities): rows that
 * hold the existing labels survive the upgrade, which adds the labels in place, and the downgrade, which rebuilds
 * the types; {@code pg_enum} holds exactly the expected labels, in order, after each step, online and through
 * {@code --sql}.
 */
class PostgresEnumLabelsIT {
    private static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();
    private static final String ENTITIES = "dev.retort.fixtures.scenarios.x20_enum_label_added.";
    private static final List<String> ROWS = List.of("1|HIGH|OPEN", "2|LOW|CLOSED", "3|LOW|null");

    @TempDir
    Path dir;

    @Test
    void rowsKeepTheirLabelsThroughTheUpgradeAndTheDowngrade() throws Exception {
        RetortConfig before = Projects.postgres(dir, CLASSES, ENTITIES + "before", Map.of());
        Projects.retort(before).autogenerate("tickets");
        Projects.retort(before).upgrade("head", line -> { });
        exec(before, "INSERT INTO tickets (id, priority, phase) VALUES (1, 'HIGH', 'OPEN')",
                "INSERT INTO tickets (id, phase) VALUES (2, 'CLOSED')",
                "INSERT INTO tickets (id, priority) VALUES (3, 'LOW')");
        assertLabels(before, List.of("HIGH", "LOW"), List.of("OPEN", "CLOSED"));
        assertThat(tickets(before)).containsExactlyElementsOf(ROWS);

        RetortConfig after = Projects.withEntities(before, ENTITIES + "after");
        Retort retort = Projects.retort(after);
        retort.autogenerate("more priorities and phases");
        retort.upgrade("head", line -> { });
        assertLabels(after, List.of("CRITICAL", "HIGH", "LOW", "MEDIUM"), List.of("OPEN", "IN_PROGRESS", "CLOSED"));
        assertThat(tickets(after)).containsExactlyElementsOf(ROWS);
        assertThat(rows(after, "SELECT id FROM tickets ORDER BY phase, id"))
                .as("phase sorts in declaration order, not alphabetically").containsExactly("1", "2", "3");

        // a row holding a label that the downgrade removes stops it, and nothing changes
        exec(after, "INSERT INTO tickets (id, priority, phase) VALUES (4, 'MEDIUM', 'IN_PROGRESS')");
        assertThatThrownBy(() -> Projects.retort(after).downgrade("-1", line -> { }))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("invalid input value for enum")
                .hasMessageContaining("was rolled back");
        assertLabels(after, List.of("CRITICAL", "HIGH", "LOW", "MEDIUM"), List.of("OPEN", "IN_PROGRESS", "CLOSED"));
        assertThat(Projects.retort(after).current().revisions()).hasSize(1);

        exec(after, "DELETE FROM tickets WHERE id = 4");
        Projects.retort(after).downgrade("-1", line -> { });
        assertLabels(before, List.of("HIGH", "LOW"), List.of("OPEN", "CLOSED"));
        assertThat(tickets(before)).containsExactlyElementsOf(ROWS);
        assertThat(rows(before, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'tickets'::regclass"))
                .containsExactly("'LOW'::priority");
        assertThat(rows(before, "SELECT indexdef FROM pg_indexes WHERE tablename = 'tickets' ORDER BY indexname"))
                .containsExactly("CREATE INDEX ix_tickets_priority ON public.tickets USING btree (priority)",
                        "CREATE INDEX ix_tickets_urgent ON public.tickets USING btree (id) WHERE (priority = 'HIGH'::priority)",
                        "CREATE UNIQUE INDEX tickets_pkey ON public.tickets USING btree (id)");
        assertThat(Projects.retort(before).check().differences()).isEmpty();
    }

    @Test
    void theOfflineScriptsAddTheLabelsAndRebuildTheTypes() throws Exception {
        RetortConfig online = Projects.postgres(dir, CLASSES, ENTITIES + "before", Map.of());
        String first = Projects.retort(online).autogenerate("tickets").revision().orElseThrow();
        Projects.retort(online).upgrade("head", line -> { });
        Projects.retort(Projects.withEntities(online, ENTITIES + "after")).autogenerate("more priorities and phases");

        PostgresServer.Database db = PostgresServer.newDatabase();
        RetortConfig offline = Projects.onDatabase(online.toBuilder(), db).entityPackages(ENTITIES + "after").build();
        Retort scripted = new Retort(offline);
        SqlClients.psql(db.url(), db.user(), db.password(), scripted.upgradeSql(first));
        exec(offline, "INSERT INTO tickets (id, priority, phase) VALUES (1, 'HIGH', 'OPEN')",
                "INSERT INTO tickets (id, phase) VALUES (2, 'CLOSED')",
                "INSERT INTO tickets (id, priority) VALUES (3, 'LOW')");

        String up = scripted.upgradeSql(first + ":head");
        assertThat(up).contains("ALTER TYPE \"priority\" ADD VALUE 'CRITICAL' BEFORE 'HIGH';",
                "ALTER TYPE \"priority\" ADD VALUE 'MEDIUM' AFTER 'LOW';",
                "ALTER TYPE \"phase\" ADD VALUE 'IN_PROGRESS' AFTER 'OPEN';");
        SqlClients.psql(db.url(), db.user(), db.password(), up);
        assertLabels(offline, List.of("CRITICAL", "HIGH", "LOW", "MEDIUM"), List.of("OPEN", "IN_PROGRESS", "CLOSED"));
        assertThat(tickets(offline)).containsExactlyElementsOf(ROWS);

        // offline, the columns to convert come from replaying the migrations, not from the database
        String down = scripted.downgradeSql("head:" + first);
        assertThat(down).contains("ALTER TYPE \"priority\" RENAME TO \"_retort_old_priority\";",
                "DROP INDEX \"ix_tickets_urgent\";",
                "ALTER TABLE \"tickets\" ALTER COLUMN \"priority\" DROP DEFAULT, ALTER COLUMN \"priority\" TYPE priority"
                        + " USING \"priority\"::text::priority, ALTER COLUMN \"priority\" SET DEFAULT 'LOW';",
                "DROP TYPE \"_retort_old_priority\";");
        SqlClients.psql(db.url(), db.user(), db.password(), down);
        assertLabels(offline, List.of("HIGH", "LOW"), List.of("OPEN", "CLOSED"));
        assertThat(tickets(offline)).containsExactlyElementsOf(ROWS);
        assertThat(scripted.current().revisions()).extracting(r -> r.id()).containsExactly(first);
        assertThat(Projects.retort(Projects.withEntities(offline, ENTITIES + "before")).check().differences()).isEmpty();
    }

    @Test
    void aMigrationThatUsesALabelItAddsFailsWithTheFix() throws Exception {
        RetortConfig before = Projects.postgres(dir, CLASSES, ENTITIES + "before", Map.of());
        Projects.retort(before).autogenerate("tickets");
        Projects.retort(before).upgrade("head", line -> { });
        Retort retort = Projects.retort(Projects.withEntities(before, ENTITIES + "after"));
        Path file = retort.autogenerate("more priorities").file().orElseThrow();
        String source = Files.readString(file);
        Files.writeString(file, source.replaceFirst("(enumType\\(\"Priority\", \"CRITICAL\", \"HIGH\", \"LOW\", \"MEDIUM\"\\)\\);\\n)",
                "$1        op.execute(\"UPDATE tickets SET priority = 'MEDIUM'\");\n"));
        assertThat(Files.readString(file)).as("the use was written into upgrade()").contains("SET priority = 'MEDIUM'");

        assertThatThrownBy(() -> retort.upgrade("head", line -> { }))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("unsafe use of new value")
                .hasMessageContaining("move the steps that use the new label")
                .hasMessageContaining("was rolled back");
        assertLabels(before, List.of("HIGH", "LOW"), List.of("OPEN", "CLOSED"));
    }

    private static void assertLabels(RetortConfig config, List<String> priority, List<String> phase) throws SQLException {
        assertThat(rows(config, labelsOf("priority"))).as("labels of priority").containsExactlyElementsOf(priority);
        assertThat(rows(config, labelsOf("phase"))).as("labels of phase").containsExactlyElementsOf(phase);
        assertThat(rows(config, "SELECT typname FROM pg_type WHERE typtype = 'e' ORDER BY 1"))
                .as("no type left behind").containsExactly("phase", "priority");
    }

    private static String labelsOf(String type) {
        return "SELECT enumlabel FROM pg_enum WHERE enumtypid = '" + type + "'::regtype ORDER BY enumsortorder";
    }

    private static List<String> tickets(RetortConfig config) throws SQLException {
        return rows(config, "SELECT id, priority, phase FROM tickets ORDER BY id");
    }

    private static Connection connect(RetortConfig config) throws SQLException {
        return DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow());
    }

    private static void exec(RetortConfig config, String... statements) throws SQLException {
        try (Connection c = connect(config)) {
            Sql.exec(c, statements);
        }
    }

    private static List<String> rows(RetortConfig config, String query) throws SQLException {
        try (Connection c = connect(config)) {
            return Sql.rows(c, query);
        }
    }
}
