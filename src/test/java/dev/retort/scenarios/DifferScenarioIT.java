package dev.retort.scenarios;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

/** The differ scenarios on PostgreSQL, each on a fresh database; see {@link DifferScenarioRunner}. */
class DifferScenarioIT extends DifferScenarioRunner {
    static List<String> names() {
        return scenarios("postgresql");
    }

    @Override
    String database() {
        return "postgresql";
    }

    @Override
    RetortConfig project(Path dir, String entityPackage) throws java.io.IOException {
        return Projects.postgres(dir, CLASSES, entityPackage, Map.of());
    }

    @Override
    Connection connect(RetortConfig config) throws Exception {
        return DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow());
    }
}
