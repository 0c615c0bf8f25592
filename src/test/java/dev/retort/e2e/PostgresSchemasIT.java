package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities with @Table(schema = ...) on PostgreSQL: created in their schema, read back, stable, removed. */
class PostgresSchemasIT {
    @TempDir
    Path dir;

    @Test
    void tablesInOtherSchemas() throws Exception {
        RetortConfig config = Projects.postgres(dir, Path.of("target/test-classes").toAbsolutePath(),
                "dev.retort.fixtures.schemas", Map.of());
        Retort retort = Projects.retort(config);
        var generated = retort.autogenerate("accounts and audit");
        assertThat(Files.readString(generated.file().orElseThrow()))
                .contains("op.createTable(\"accounts\"", "op.createTable(\"audit.entries\"");
        retort.upgrade("head", line -> { });
        SchemaModel live = retort.databaseModel();
        assertThat(live.tableNames()).containsExactly("accounts", "audit.entries");
        assertThat(live.table("audit.entries").orElseThrow().foreignKeys().get(0).referencedTable()).isEqualTo("accounts");
        assertThat(retort.autogenerate("again").hasChanges()).isFalse();
        retort.downgrade("base", line -> { });
        try (Connection c = TestDatabase.connect(config)) {
            assertThat(Sql.rows(c, "SELECT schemaname || '.' || tablename FROM pg_tables"
                    + " WHERE schemaname IN ('public', 'audit') AND tablename NOT IN ('retort_version', 'retort_version_checksums')")).isEmpty();
        }
    }
}
