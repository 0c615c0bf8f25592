package dev.retort.cli;

import java.nio.file.Path;

/** {@link EditedMigrationCases} on a real SQLite file. */
class EditedMigrationTest extends EditedMigrationCases {
    @Override
    CliSession session(Path dir) throws Exception {
        return new CliSession(dir, "jdbc:sqlite:" + dir.resolve("app.db"), "", "", ENTITIES);
    }
}
