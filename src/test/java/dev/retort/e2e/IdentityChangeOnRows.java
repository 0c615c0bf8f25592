package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An assigned key of a table holding rows becomes IDENTITY and back, through the whole loop (autogenerate,
 * upgrade, autogenerate again, downgrade), with the entities of the scenario {@code x23_identity_added_to_key};
 * shared by {@link SqliteIdentityChangeTest}, {@link PostgresIdentityChangeIT} and
 * {@link MariaDbIdentityChangeIT}.
 */
abstract class IdentityChangeOnRows {
    static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();
    static final String SCENARIOS = "dev.retort.fixtures.scenarios.";

    @TempDir
    Path dir;

    /** The database the cases run on. */
    abstract TestDatabase database();

    /** A fresh, empty project for {@code entityPackage}. */
    RetortConfig project(Path dir, String entityPackage) throws IOException {
        return database().project(dir, CLASSES, entityPackage, Map.of());
    }

    @Test
    void anAssignedKeyWithRowsBecomesIdentityContinuingAfterTheLargestIdAndBack() throws Exception {
        RetortConfig before = project(dir, SCENARIOS + "x23_identity_added_to_key.before");
        RetortConfig after = Projects.withEntities(before, SCENARIOS + "x23_identity_added_to_key.after");
        Projects.retort(before).autogenerate("assigned ids");
        Projects.retort(before).upgrade("head", line -> { });
        try (Connection c = TestDatabase.connect(before)) {
            Sql.exec(c, "INSERT INTO t (id, code) VALUES (1, 'a'), (2, 'b'), (3, 'c')");

            assertThat(Projects.retort(after).autogenerate("identity").changes()).hasSize(1)
                    .allMatch(change -> change.startsWith("~ column t.id:") && change.endsWith("IDENTITY"));
            Projects.retort(after).upgrade("head", line -> { });
            assertThat(Projects.retort(after).autogenerate("again").changes()).as("convergence").isEmpty();
            Sql.exec(c, "INSERT INTO t (code) VALUES ('d')");
            assertThat(Sql.rows(c, "SELECT id, code FROM t ORDER BY id")).containsExactly("1|a", "2|b", "3|c", "4|d");

            Projects.retort(after).downgrade("-1", line -> { });
            assertThat(Projects.retort(before).check().differences()).isEmpty();
            assertThat(Sql.rows(c, "SELECT id, code FROM t ORDER BY id")).containsExactly("1|a", "2|b", "3|c", "4|d");
            Sql.exec(c, "INSERT INTO t (id, code) VALUES (10, 'e')");
            assertThatThrownBy(() -> Sql.exec(c, "INSERT INTO t (code) VALUES ('f')")).isInstanceOf(SQLException.class);

            Projects.retort(after).upgrade("head", line -> { });
            Sql.exec(c, "INSERT INTO t (code) VALUES ('f')");
            assertThat(Sql.rows(c, "SELECT id FROM t WHERE code = 'f'")).as("after the explicit 10").containsExactly("11");
        }
    }
}
