package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.MigrationBodies;
import dev.retort.testing.Models;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * v1 → v2 of a small schema: add, drop and alter columns, add an index and a new table with a foreign key.
 * The rows survive the upgrade, and the downgrade restores v1 exactly while keeping the rows v1 can hold.
 */
class SqliteEvolutionTest {
    @TempDir
    Path dir;

    @Test
    void evolvesAndRollsBackWithoutLosingRows() throws Exception {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        RetortConfig v1 = Projects.sqlite(dir, classes, "dev.retort.fixtures.evolution.v1", Map.of());
        Retort r1 = Projects.retort(v1);
        r1.autogenerate("customers");
        r1.upgrade("head", line -> { });
        SchemaModel v1Schema = r1.databaseModel();

        try (Connection c = connect()) {
            Sql.exec(c, "INSERT INTO customers (name, email, legacy_code) VALUES ('Ada', 'ada@example.com', 'A1')");
            Sql.exec(c, "INSERT INTO customers (name, email, legacy_code) VALUES ('Grace', 'grace@example.com', NULL)");
        }

        RetortConfig v2 = Projects.withEntities(v1, "dev.retort.fixtures.evolution.v2");
        Retort r2 = Projects.retort(v2);
        Results.Generated generated = r2.autogenerate("evolve customers");
        String source = Files.readString(generated.file().orElseThrow());
        assertThat(generated.changes()).hasSize(6);
        assertThat(MigrationBodies.callsIn(source, "upgrade")).containsExactly(
                "op.createTable(\"purchase_orders\"",
                "op.addColumn(\"customers\"",
                "op.alterColumn(\"customers\"",
                "op.alterColumn(\"customers\"",
                "op.dropColumn(\"customers\"",
                "op.createIndex(\"customers\"");
        assertThat(source).contains("varchar(120)", "column(\"phone\", varchar(30))", "ix_customers_email");

        r2.upgrade("head", line -> { });
        assertThat(r2.autogenerate("again").hasChanges()).isFalse();
        try (Connection c = connect()) {
            assertThat(Sql.rows(c, "SELECT id, name, email FROM customers ORDER BY id"))
                    .containsExactly("1|Ada|ada@example.com", "2|Grace|grace@example.com");
            Sql.exec(c, "INSERT INTO purchase_orders (customer_id, total) VALUES (1, 12.50)");
        }

        r2.downgrade("-1", line -> { });
        assertThat(Models.ignoringColumnOrder(r2.databaseModel())).isEqualTo(Models.ignoringColumnOrder(v1Schema));
        assertThat(new dev.retort.diff.SchemaDiffer(new dev.retort.diff.DiffOptions(true, false, false))
                .diff(r1.entityModel(), r2.databaseModel()).ops()).isEmpty();
        try (Connection c = connect()) {
            assertThat(Sql.rows(c, "SELECT id, name, email, legacy_code FROM customers ORDER BY id"))
                    .containsExactly("1|Ada|ada@example.com|null", "2|Grace|grace@example.com|null");
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
    }
}
