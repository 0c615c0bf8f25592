package dev.retort.cli;

import dev.retort.testing.PostgresServer;
import java.nio.file.Path;

/** {@link EditedMigrationCases} on a real PostgreSQL server. */
class EditedMigrationIT extends EditedMigrationCases {
    @Override
    CliSession session(Path dir) throws Exception {
        PostgresServer.Database db = PostgresServer.newDatabase();
        return new CliSession(dir, db.url(), db.user(), db.password(), ENTITIES);
    }
}
