package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.model.TypeKind;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link HibernateJudge} on SQLite files. */
class HibernateJudgeTest extends HibernateJudge {
    @TempDir
    Path dir;

    @Override
    RetortConfig project(Path projectDir, String entityPackage, Map<String, String> hibernate) throws IOException {
        return Projects.sqlite(projectDir, CLASSES, entityPackage, hibernate);
    }

    /**
     * Hibernate's SQLite dialect writes neither foreign keys (SQLite cannot add one to an existing table) nor
     * table-level unique constraints, including those of {@code @Index(unique = true)}; column-level ones it keeps.
     */
    @Override
    boolean hibernateLeavesOut(String difference) {
        return difference.matches("(foreign key|unique constraint|index \\S+ on \\S+ unique) .*: in the entities,"
                + " not in the database");
    }

    /**
     * Retort declares an identity key {@code AUTOINCREMENT}, so that SQLite never hands out an id again; Hibernate
     * declares the bare rowid alias, which SQLite numbers too. The two compare equal (Retort's check reports
     * neither), so the comparison of the two databases leaves the keyword out.
     */
    @Override
    SchemaModel comparable(SchemaModel model) {
        return model.withTables(model.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .map(c -> t.primaryKey().equals(List.of(c.name())) && c.type().kind() == TypeKind.INTEGER
                        ? c.withIdentity(false) : c).toList())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inheritance", "embedded", "collections", "types", "names", "springboot"})
    void retortDerivesWhatHibernateCreates(String group) throws Exception {
        judge(dir, group);
    }
}
