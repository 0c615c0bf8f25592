package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OtherHibernateRelease} on PostgreSQL. */
class OtherHibernateReleaseIT extends OtherHibernateRelease {
    @TempDir
    Path dir;

    @Override
    RetortConfig project(Path projectDir, String entityPackage, Map<String, String> hibernate) throws IOException {
        return Projects.postgres(projectDir, HibernateJudge.CLASSES, entityPackage, hibernate);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inheritance", "embedded", "collections", "types", "names", "springboot", "pgnative"})
    void hibernateSixSixValidatesWhatRetortMigrated(String group) throws Exception {
        migratedSchemaPassesValidate(dir, group);
    }
}
