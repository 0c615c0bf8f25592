package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Difference;
import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Adopting a database Retort did not create, the way the README says: {@code check} finds nothing to change, then
 * a baseline revision is written from the entities ({@code autogenerate --offline}) and the database is stamped
 * with it; from then on {@code check} is clean and at head, {@code upgrade head} has nothing to do, and the other
 * tool's bookkeeping tables keep their rows. One database per source: Hibernate's {@code ddl-auto}, Flyway,
 * Liquibase and a hand-written schema, each in the spellings that tool leaves (named sequences drawn by column
 * defaults, {@code DEFAULT NULL} in its various spellings, composite keys in another column order, a view an
 * entity reads).
 */
abstract class Adoption {
    static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();
    static final String ENTITIES = "dev.retort.fixtures.adoption";
    static final Map<String, String> SNAKE_CASE = Projects.SNAKE_CASE;

    abstract RetortConfig project(Path dir) throws IOException;

    abstract String database();

    abstract Connection connect(RetortConfig config) throws Exception;

    /** What {@code check} rightly reports on the database {@code tool} made: nothing, unless said otherwise. */
    List<String> expectedDifferences(String tool) {
        return List.of();
    }

    /** Lets {@code tool} build the database: a script from {@code adoption/<tool>-<database>.sql}, or Hibernate. */
    void build(RetortConfig config, String tool) throws Exception {
        if (tool.equals("hibernate")) {
            HibernateValidation.create(CLASSES, ENTITIES, config, HibernateValidation.dialectOf(config), SNAKE_CASE);
            return;
        }
        String script;
        try (InputStream in = Adoption.class.getResourceAsStream("/adoption/" + tool + "-" + database() + ".sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] statements = Arrays.stream(script.split(";\\s*\\n"))
                .map(s -> s.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip())
                .filter(s -> !s.isEmpty()).toArray(String[]::new);
        try (Connection c = connect(config)) {
            Sql.exec(c, statements);
        }
    }

    void adopt(Path dir, String tool) throws Exception {
        RetortConfig config = project(dir);
        build(config, tool);
        List<String> bookkeeping = bookkeepingRows(config, tool);

        Retort retort = Projects.retort(config);
        assertThat(retort.check().differences()).extracting(Difference::message)
                .as("check of the database " + tool + " made").isEqualTo(expectedDifferences(tool));

        Results.Generated baseline = retort.autogenerateOffline("baseline");
        assertThat(baseline.hasChanges()).isTrue();
        retort.stamp("head");
        if (!expectedDifferences(tool).isEmpty()) {
            assertThat(retort.autogenerate("what " + tool + " left out").changes()).hasSameSizeAs(expectedDifferences(tool));
            retort.upgrade("head", line -> { });
        }
        Results.Checked checked = retort.check();
        assertThat(checked.differences()).extracting(Difference::message).isEmpty();
        assertThat(checked.atHead()).contains(true);
        assertThat(retort.upgrade("head", line -> { }).applied()).isEmpty();
        assertThat(retort.autogenerate("nothing").changes()).isEmpty();
        assertThat(bookkeepingRows(config, tool)).isEqualTo(bookkeeping);
        HibernateValidation.validate(CLASSES, ENTITIES, config, HibernateValidation.dialectOf(config), SNAKE_CASE);
    }

    /**
     * The table where {@code tool} records what it ran, as the script of this database names it; null for none.
     */
    String bookkeepingTable(String tool) {
        return switch (tool) {
            case "flyway" -> "flyway_schema_history";
            case "liquibase" -> "databasechangelog";
            default -> null;
        };
    }

    private List<String> bookkeepingRows(RetortConfig config, String tool) throws Exception {
        String table = bookkeepingTable(tool);
        if (table == null) {
            return List.of();
        }
        try (Connection c = connect(config)) {
            List<String> rows = Sql.rows(c, "SELECT * FROM " + table);
            assertThat(rows).hasSize(1);
            return rows;
        }
    }
}
