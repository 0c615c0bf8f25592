package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runners on one PostgreSQL database at once apply every migration exactly once (advisory lock). */
class ConcurrentUpgradeIT {
    @TempDir
    Path dir;

    @Test
    void twoRunnersApplyEachMigrationOnce() throws Exception {
        RetortConfig config = Projects.postgres(dir, dir, "none", Map.of());
        ConcurrentUpgradeTest.assertTwoRunnersApplyEachMigrationOnce(config);
    }
}
