package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.nio.file.Path;

/**
 * {@link BulkValues} on MariaDB: the enum by name goes into the native {@code enum(...)} column Hibernate's
 * {@code MariaDBDialect} makes, both timestamps as UTC in a {@code datetime(6)}, JSON as a string with MariaDB's
 * backslash escapes.
 */
class MariaDbBulkValuesIT extends BulkValues {
    @Override
    RetortConfig project(Path projectDir) throws Exception {
        return Projects.mariadb(projectDir, CLASSES, "dev.retort.fixtures.values", SNAKE_CASE);
    }

    /** Text MariaDB reads as the column's type; an instant and an offset date-time as their UTC local time. */
    @Override
    String[] literals() {
        return new String[] {"'123e4567-e89b-12d3-a456-426614174000'", "'2024-01-31'", "'2024-01-31 13:45:30.123'",
                "'06:30:15'", "'2024-01-31 12:00:00.500'", "'2024-02-01 08:15'", "'SENSOR', 2, ",
                "'{\"note\":\"said \\\\\"hi\\\\\"\\\\n\",\"unit\":\"°C\"}'", "'[\"roof\",\"north\"]'",
                "12.50, TRUE, '00000000-0000-4000-8000-0000000000ff'"};
    }
}
