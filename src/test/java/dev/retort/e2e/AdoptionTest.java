package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Adoption} on SQLite files. */
class AdoptionTest extends Adoption {
    @TempDir
    Path dir;

    @Override
    RetortConfig project(Path projectDir) throws IOException {
        return Projects.sqlite(projectDir, CLASSES, ENTITIES, SNAKE_CASE);
    }

    @Override
    String database() {
        return "sqlite";
    }

    @Override
    Connection connect(RetortConfig config) throws Exception {
        return DriverManager.getConnection(config.url().orElseThrow());
    }

    /**
     * Hibernate's SQLite dialect writes no foreign keys, though the entities declare one: that is a real
     * difference, which the first autogenerate after the baseline adds (SQLite rebuilds the table, keeping rows).
     */
    @Override
    List<String> expectedDifferences(String tool) {
        return tool.equals("hibernate") ? List.of("foreign key fk_pets_owner_id on pets (owner_id) -> owners (id)"
                + " ON DELETE NO ACTION: in the entities, not in the database") : List.of();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hibernate", "flyway", "liquibase", "handwritten"})
    void adoptsWithoutSpuriousOperations(String tool) throws Exception {
        adopt(dir, tool);
    }

    /** The steps the README and docs/coming-from.md show are these, word for word. */
    @org.junit.jupiter.api.Test
    void theGuidesShowTheseSteps() throws Exception {
        java.util.regex.Pattern block = java.util.regex.Pattern.compile("```sh\n(retort check .*?)```",
                java.util.regex.Pattern.DOTALL);
        java.util.regex.Matcher readme = block.matcher(java.nio.file.Files.readString(Path.of("README.md")));
        java.util.regex.Matcher guide = block.matcher(java.nio.file.Files.readString(Path.of("docs/coming-from.md")));
        org.assertj.core.api.Assertions.assertThat(readme.find()).isTrue();
        org.assertj.core.api.Assertions.assertThat(guide.find()).isTrue();
        org.assertj.core.api.Assertions.assertThat(guide.group(1)).isEqualTo(readme.group(1))
                .contains("retort autogenerate --offline -m \"baseline\"", "retort stamp head");
    }
}
