package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Adoption} on PostgreSQL. */
class AdoptionIT extends Adoption {
    @TempDir
    Path dir;

    @Override
    RetortConfig project(Path projectDir) throws IOException {
        return Projects.postgres(projectDir, CLASSES, ENTITIES, SNAKE_CASE);
    }

    @Override
    String database() {
        return "postgres";
    }

    @Override
    Connection connect(RetortConfig config) throws Exception {
        return DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hibernate", "flyway", "liquibase", "handwritten"})
    void adoptsWithoutSpuriousOperations(String tool) throws Exception {
        adopt(dir, tool);
    }
}
