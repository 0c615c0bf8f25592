package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OtherHibernateRelease} on SQLite files. */
class OtherHibernateReleaseTest extends OtherHibernateRelease {
    @TempDir
    Path dir;

    @Override
    RetortConfig project(Path projectDir, String entityPackage, Map<String, String> hibernate) throws IOException {
        return Projects.sqlite(projectDir, HibernateJudge.CLASSES, entityPackage, hibernate);
    }

    @Test
    void theReleaseIsSixSixAndItsValidatorIsReal() throws Exception {
        assertThat(HIBERNATE_6_6.version()).startsWith("6.6.");
        // an empty database: Hibernate 6.6 itself refuses it
        assertThatThrownBy(() -> HIBERNATE_6_6.validate(HibernateJudge.CLASSES, HibernateJudge.CORPUS + "types",
                "jdbc:sqlite:" + dir.resolve("empty.db"), null, null, HibernateValidation.SQLITE, Map.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Hibernate 6.6.")
                .hasMessageContaining("missing table");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inheritance", "embedded", "collections", "types", "names", "springboot"})
    void hibernateSixSixValidatesWhatRetortMigrated(String group) throws Exception {
        migratedSchemaPassesValidate(dir, group);
    }
}
