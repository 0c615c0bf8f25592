package dev.retort.scenarios;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

/** The differ scenarios on SQLite; see {@link DifferScenarioRunner}. */
class DifferScenarioTest extends DifferScenarioRunner {
    static List<String> names() {
        return scenarios("sqlite");
    }

    @Override
    String database() {
        return "sqlite";
    }

    @Override
    RetortConfig project(Path dir, String entityPackage) throws java.io.IOException {
        return Projects.sqlite(dir, CLASSES, entityPackage, Map.of());
    }

    @Override
    Connection connect(RetortConfig config) throws Exception {
        return DriverManager.getConnection(config.url().orElseThrow());
    }
}
