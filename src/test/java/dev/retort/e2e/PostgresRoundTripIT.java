package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.SchemaModel;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on a real PostgreSQL server for each sample schema: autogenerate, upgrade, no changes,
 * Hibernate's validator agrees, downgrade to base leaves no table, sequence or enum type.
 */
class PostgresRoundTripIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"dev.retort.sample.fleet", "dev.retort.sample.microscopy", "dev.retort.sample.vessels"})
    void roundTrip(String entityPackage) throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.postgres(dir, classes, entityPackage, Projects.SNAKE_CASE);
        Retort retort = Projects.retort(config);

        Results.Generated first = retort.autogenerate("initial schema");
        assertThat(first.file()).isPresent();
        retort.upgrade("head", line -> { });

        SchemaModel entities = retort.entityModel();
        SchemaModel live = retort.databaseModel();
        assertThat(live.tableNames()).isEqualTo(entities.tableNames());
        assertThat(new SchemaDiffer(new DiffOptions(false, true, true)).diff(entities, live).ops()).isEmpty();
        assertThat(retort.autogenerate("again").hasChanges()).isFalse();
        if (entityPackage.endsWith("fleet")) {
            assertThat(live.tableNames()).hasSize(12);
            var incidents = live.table("incidents").orElseThrow();
            assertThat(incidents.index("ix_incidents_location").orElseThrow().method()).isEqualTo("gin");
            assertThat(incidents.index("ix_incidents_tags").orElseThrow().method()).isEqualTo("gin");
            assertThat(incidents.index("ix_incidents_open").orElseThrow().where().map(String::toLowerCase)).contains("deleted_at is null");
            assertThat(live.table("users").orElseThrow().index("ix_users_roles").orElseThrow().method()).isEqualTo("gin");
            assertThat(Files.readString(first.file().get())).contains(".using(\"gin\")", "jsonb()",
                    "array(varchar(255))", ".identity()");
        }

        HibernateValidation.validate(classes, entityPackage, config, "org.hibernate.dialect.PostgreSQLDialect", Projects.SNAKE_CASE);

        retort.downgrade("base", line -> { });
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow())) {
            assertThat(names(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('retort_version', 'retort_version_checksums')")).isEmpty();
            assertThat(names(c, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")).isEmpty();
            assertThat(names(c, "SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE n.nspname = 'public' AND t.typtype = 'e'")).isEmpty();
        }
    }

    static List<String> names(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
