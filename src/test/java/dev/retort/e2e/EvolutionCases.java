package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.SchemaModel;
import dev.retort.testing.MigrationBodies;
import dev.retort.testing.Models;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * v1 → v2 of a small schema ({@code fixtures.evolution}): add, drop and alter columns, add an index and a new
 * table with a foreign key. The rows survive the upgrade, and the downgrade restores v1 exactly while keeping the
 * rows v1 can hold. Each database runs it in a subclass ({@link SqliteEvolutionTest}, {@link PostgresEvolutionIT},
 * {@link MariaDbEvolutionIT}).
 */
abstract class EvolutionCases {
    static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    Path dir;

    /** The database the cases run on. */
    abstract TestDatabase database();

    @Test
    void evolvesAndRollsBackWithoutLosingRows() throws Exception {
        RetortConfig v1 = upgradedToV1("dev.retort.fixtures.evolution.");
        Retort r1 = Projects.retort(v1);
        SchemaModel v1Schema = r1.databaseModel();

        try (Connection c = TestDatabase.connect(v1)) {
            Sql.exec(c, "INSERT INTO customers (name, email, legacy_code) VALUES ('Ada', 'ada@example.com', 'A1')");
            Sql.exec(c, "INSERT INTO customers (name, email, legacy_code) VALUES ('Grace', 'grace@example.com', NULL)");
        }

        Retort r2 = Projects.retort(Projects.withEntities(v1, "dev.retort.fixtures.evolution.v2"));
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

        upgradeConverges(r2);
        try (Connection c = TestDatabase.connect(v1)) {
            assertThat(Sql.rows(c, "SELECT id, name, email FROM customers ORDER BY id"))
                    .containsExactly("1|Ada|ada@example.com", "2|Grace|grace@example.com");
            Sql.exec(c, "INSERT INTO purchase_orders (customer_id, total) VALUES (1, 12.50)");
        }

        r2.downgrade("-1", line -> { });
        assertThat(Models.ignoringColumnOrder(r2.databaseModel())).isEqualTo(Models.ignoringColumnOrder(v1Schema));
        assertThat(new SchemaDiffer(database().comparison()).diff(r1.entityModel(), r2.databaseModel()).ops()).isEmpty();
        try (Connection c = TestDatabase.connect(v1)) {
            assertThat(Sql.rows(c, "SELECT id, name, email, legacy_code FROM customers ORDER BY id"))
                    .containsExactly("1|Ada|ada@example.com|null", "2|Grace|grace@example.com|null");
        }
    }

    /** A project on the entities {@code fixtures + "v1"}, upgraded to the migration autogenerate writes for them. */
    RetortConfig upgradedToV1(String fixtures) throws Exception {
        RetortConfig v1 = database().project(dir, CLASSES, fixtures + "v1", Map.of());
        Projects.retort(v1).autogenerate("v1");
        Projects.retort(v1).upgrade("head", line -> { });
        return v1;
    }

    /** Upgrades to head, after which autogenerate finds nothing more to do. */
    static void upgradeConverges(Retort retort) {
        retort.upgrade("head", line -> { });
        assertThat(retort.autogenerate("again").hasChanges()).isFalse();
    }
}
