package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show REV --er mermaid}: the schema at a revision as a Mermaid ER diagram, from the migrations alone. */
class ErDiagramTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        InProcess.Run run = InProcess.run(dir, args);
        return new String[] {String.valueOf(run.code()), run.out(), run.err()};
    }

    @Test
    void theSchemaAtARevisionAsMermaid() throws Exception {
        JavaSources.sampleEntities(dir.resolve("target/classes"));
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nclasspath=target/classes\n"
                + "entities=dev.retort.sample.vessels\nhibernate.physical_naming_strategy="
                + "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n");
        String[] gen = run("autogenerate", "-m", "initial schema");
        assertThat(gen[0]).as(gen[2]).isEqualTo("0");
        String first = gen[1].replaceAll("(?s).*\\(revision (\\w+)\\).*", "$1");
        assertThat(run("revision", "-m", "empty")[0]).isEqualTo("0");
        Files.delete(dir.resolve("app.db"));

        String[] er = run("show", "head", "--er", "mermaid");
        assertThat(er[0]).as(er[2]).isEqualTo("0");
        assertThat(er[1]).startsWith("erDiagram\n    alert_cooldowns {\n")
                .contains("    alerts {\n        integer id PK\n")
                .contains("        bigint mmsi FK \"NOT NULL\"\n")
                .contains("        varchar(1000) message\n")
                .contains("    vessels_latest ||--o{ alerts : \"fk_alerts_mmsi\"\n")
                .doesNotContain("retort_version");
        assertThat(run("show", first, "--er", "mermaid")[1]).as("the same schema at the first revision")
                .isEqualTo(er[1]);
        assertThat(dir.resolve("app.db")).as("from the migrations alone").doesNotExist();

        String[] bad = run("show", "head", "--er", "graphviz");
        assertThat(Integer.parseInt(bad[0])).isGreaterThanOrEqualTo(2);
        assertThat(bad[2]).contains("--er takes mermaid");
    }
}
