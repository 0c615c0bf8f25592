package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.nio.file.Path;

/** {@link BulkValues} on PostgreSQL: ISO text cast to date, timestamp, uuid and jsonb columns. */
class BulkValuesIT extends BulkValues {
    @Override
    RetortConfig project(Path projectDir) throws Exception {
        return Projects.postgres(projectDir, CLASSES, "dev.retort.fixtures.values", SNAKE_CASE);
    }

    /** ISO text the database casts; JSON with a backslash is an escape string. */
    @Override
    String[] literals() {
        return new String[] {"'123e4567-e89b-12d3-a456-426614174000'", "'2024-01-31'", "'2024-01-31T13:45:30.123'",
                "'2024-01-31T12:00:00.500Z'", "'2024-02-01T09:15+01:00'", "'SENSOR', 2, ",
                "E'{\"note\":\"said \\\\\"hi\\\\\"\\\\n\",\"unit\":\"°C\"}'", "'[\"roof\",\"north\"]'"};
    }
}
