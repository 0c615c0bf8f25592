package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.util.Map;

/** {@link BulkValues} on an SQLite file: dates as sqlite-jdbc's epoch milliseconds, a UUID key as its 16 bytes. */
class BulkValuesTest extends BulkValues {
    @Override
    RetortConfig project(Path projectDir) throws Exception {
        return Projects.sqlite(projectDir, CLASSES, "dev.retort.fixtures.values", SNAKE_CASE);
    }

    @Override
    Map<String, String> hibernateSettings(RetortConfig config) {
        return Map.of("hibernate.connection.url", config.url().orElseThrow(),
                "hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
    }

    /** Bytes for the UUID key, sqlite-jdbc's milliseconds for the date. */
    @Override
    String[] literals() {
        return new String[] {"X'123E4567E89B12D3A456426614174000'",
                Long.toString(java.sql.Date.valueOf(java.time.LocalDate.of(2024, 1, 31)).getTime()), "'SENSOR', 2, ",
                "'{\"note\":\"said \\\"hi\\\"\\n\",\"unit\":\"°C\"}'", "'[\"roof\",\"north\"]'",
                "'00000000-0000-4000-8000-0000000000ff'"};
    }
}
