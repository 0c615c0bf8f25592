package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** {@link IdentityChangeOnRows} on SQLite, where identity is the AUTOINCREMENT rowid alias and every change rebuilds. */
class SqliteIdentityChangeTest extends IdentityChangeOnRows {
    @Override
    RetortConfig project(Path dir, String entityPackage) throws IOException {
        return Projects.sqlite(dir, CLASSES, entityPackage, Map.of());
    }

    @Override
    Connection connect(RetortConfig config) throws SQLException {
        return DriverManager.getConnection(config.url().orElseThrow());
    }
}
