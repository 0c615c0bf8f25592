package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link HibernateJudge} on MariaDB: check is clean on the tables Hibernate's MariaDBDialect creates, and back. */
class MariaDbHibernateJudgeIT extends HibernateJudge {
    @TempDir
    Path dir;

    @Override
    RetortConfig project(Path projectDir, String entityPackage, Map<String, String> hibernate) throws IOException {
        return Projects.mariadb(projectDir, CLASSES, entityPackage, hibernate);
    }

    /**
     * Hibernate's MariaDB DDL leaves names unquoted, and MariaDB refuses the column {@code key} of table
     * {@code setting} (a reserved word), so Hibernate's {@code create} leaves that table out; Retort quotes every name.
     */
    @Override
    boolean hibernateLeavesOut(String difference) {
        return difference.equals("table setting: in the entities, not in the database");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inheritance", "embedded", "collections", "types", "names", "springboot"})
    void retortDerivesWhatHibernateCreates(String group) throws Exception {
        judge(dir, group);
    }
}
