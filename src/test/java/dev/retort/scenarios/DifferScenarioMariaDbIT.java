package dev.retort.scenarios;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

/**
 * The differ scenarios on MariaDB, each on a fresh database; see {@link DifferScenarioRunner}. A scenario without a
 * MariaDB variant ({@code upgrade.mariadb.ops}, {@code before.mariadb.sql}…) is held to the shared files.
 */
class DifferScenarioMariaDbIT extends DifferScenarioRunner {
    static List<String> names() {
        return scenarios("mariadb");
    }

    @Override
    String database() {
        return "mariadb";
    }

    @Override
    RetortConfig project(Path dir, String entityPackage) throws java.io.IOException {
        return Projects.mariadb(dir, CLASSES, entityPackage, Map.of());
    }

    @Override
    Connection connect(RetortConfig config) throws Exception {
        return DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow());
    }
}
