package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Adoption} on MariaDB: the scripts are written as MariaDB prints a schema back ({@code bigint(20)}, sequences
 * with their cache, ids defaulting to {@code nextval}) and as Flyway and Liquibase leave it there.
 */
class MariaDbAdoptionIT extends Adoption {
    @TempDir
    Path dir;

    @Override
    RetortConfig project(Path projectDir) throws IOException {
        return Projects.mariadb(projectDir, CLASSES, ENTITIES, SNAKE_CASE);
    }

    @Override
    String database() {
        return "mariadb";
    }

    @Override
    Connection connect(RetortConfig config) throws Exception {
        return TestDatabase.connect(config);
    }

    /** Liquibase names its tables in upper case, and MariaDB keeps a table name's case. */
    @Override
    String bookkeepingTable(String tool) {
        return tool.equals("liquibase") ? "DATABASECHANGELOG" : super.bookkeepingTable(tool);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hibernate", "flyway", "liquibase", "handwritten"})
    void adoptsWithoutSpuriousOperations(String tool) throws Exception {
        adopt(dir, tool);
    }
}
