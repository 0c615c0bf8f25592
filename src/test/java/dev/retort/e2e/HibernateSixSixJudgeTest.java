package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.HibernateValidation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link HibernateJudgeTest} with Hibernate 6.6 on the entity class path: Retort derives the schema with that
 * release, and that release judges (its {@code create} checks clean, its {@code validate} passes what Retort
 * migrated, a second {@code autogenerate} finds nothing), on SQLite files.
 */
class HibernateSixSixJudgeTest extends HibernateJudgeTest {

    @Override
    Judge judge() {
        return ApplicationRelease.SIX_SIX;
    }

    @Test
    void theReleaseIsSixSixAndItsValidatorIsReal() throws Exception {
        assertThat(ApplicationRelease.SIX_SIX.release.version()).startsWith("6.6.");
        // an empty database: Hibernate 6.6 itself refuses it
        assertThatThrownBy(() -> ApplicationRelease.SIX_SIX.release.validate(CLASSES, CORPUS + "types",
                "jdbc:sqlite:" + dir.resolve("empty.db"), null, null, HibernateValidation.SQLITE, Map.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Hibernate 6.6.")
                .hasMessageContaining("missing table");
    }
}
