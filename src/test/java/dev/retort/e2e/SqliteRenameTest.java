package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.MigrationBodies;
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
 * v1 → v2 renames accounts.email_address to email: autogenerate writes a flagged renameColumn, the upgrade keeps
 * the values, nothing is left to generate, and the downgrade renames it back, values included.
 */
class SqliteRenameTest {
    private static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aRenamedColumnKeepsItsDataBothWays() throws Exception {
        RetortConfig v1 = Projects.sqlite(dir, CLASSES, "dev.retort.fixtures.renames.v1", Map.of());
        Retort r1 = Projects.retort(v1);
        r1.autogenerate("accounts");
        r1.upgrade("head", line -> { });
        SchemaModel v1Schema = r1.databaseModel();
        try (Connection c = connect()) {
            Sql.exec(c, "INSERT INTO accounts (id, email_address, name) VALUES (1, 'ada@example.com', 'Ada')");
            Sql.exec(c, "INSERT INTO accounts (id, email_address, name) VALUES (2, 'grace@example.com', NULL)");
        }

        Retort r2 = Projects.retort(v2(v1, true));
        Results.Generated generated = r2.autogenerate("rename email");
        String source = Files.readString(generated.file().orElseThrow());
        assertThat(generated.changes()).containsExactly("~ column accounts.email_address -> accounts.email (detected rename)");
        assertThat(MigrationBodies.callsIn(source, "upgrade")).containsExactly("op.renameColumn(\"accounts\"");
        assertThat(source).contains("op.renameColumn(\"accounts\", \"email_address\", \"email\");",
                "op.renameColumn(\"accounts\", \"email\", \"email_address\");");
        assertThat(source.replaceAll("\n\\s*//\\s+", " ")).contains(" REVIEW: detected as a rename:"
                + " accounts.email_address -> accounts.email; if this is a drop and an add, replace it with"
                + " dropColumn/addColumn");

        r2.upgrade("head", line -> { });
        assertThat(r2.autogenerate("again").hasChanges()).isFalse();
        try (Connection c = connect()) {
            assertThat(Sql.rows(c, "SELECT id, email, name FROM accounts ORDER BY id"))
                    .containsExactly("1|ada@example.com|Ada", "2|grace@example.com|null");
        }

        r2.downgrade("-1", line -> { });
        assertThat(r2.databaseModel()).isEqualTo(v1Schema);
        try (Connection c = connect()) {
            assertThat(Sql.rows(c, "SELECT id, email_address, name FROM accounts ORDER BY id"))
                    .containsExactly("1|ada@example.com|Ada", "2|grace@example.com|null");
        }
    }

    @Test
    void switchedOffTheSameChangeIsADropAndAnAdd() throws Exception {
        RetortConfig v1 = Projects.sqlite(dir, CLASSES, "dev.retort.fixtures.renames.v1", Map.of());
        Retort r1 = Projects.retort(v1);
        r1.autogenerate("accounts");
        r1.upgrade("head", line -> { });

        Results.Generated generated = Projects.retort(v2(v1, false)).autogenerate("replace email");
        String source = Files.readString(generated.file().orElseThrow());
        assertThat(MigrationBodies.callsIn(source, "upgrade"))
                .containsExactly("op.addColumn(\"accounts\"", "op.dropColumn(\"accounts\"");
        assertThat(source).doesNotContain("renameColumn", "detected as a rename");
    }

    private RetortConfig v2(RetortConfig v1, boolean detectRenames) {
        return v1.toBuilder().entityPackages("dev.retort.fixtures.renames.v2").detectRenames(detectRenames).build();
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
    }
}
