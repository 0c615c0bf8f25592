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

    private InProcess.Run run(String... args) {
        return InProcess.run(dir, args);
    }

    @Test
    void theSchemaAtARevisionAsMermaid() throws Exception {
        JavaSources.sampleEntities(dir.resolve("target/classes"));
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nclasspath=target/classes\n"
                + "entities=dev.retort.sample.vessels\nhibernate.physical_naming_strategy="
                + "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n");
        InProcess.Run gen = run("autogenerate", "-m", "initial schema");
        assertThat(gen.code()).as(gen.err()).isZero();
        String first = gen.out().replaceAll("(?s).*\\(revision (\\w+)\\).*", "$1");
        assertThat(run("revision", "-m", "empty").code()).isZero();
        Files.delete(dir.resolve("app.db"));

        InProcess.Run er = run("show", "head", "--er", "mermaid");
        assertThat(er.code()).as(er.err()).isZero();
        assertThat(er.out()).startsWith("erDiagram\n    alert_cooldowns {\n")
                .contains("    alerts {\n        integer id PK\n")
                .contains("        bigint mmsi FK \"NOT NULL\"\n")
                .contains("        varchar(1000) message\n")
                .contains("    vessels_latest ||--o{ alerts : \"fk_alerts_mmsi\"\n")
                .doesNotContain("retort_version");
        assertThat(run("show", first, "--er", "mermaid").out()).as("the same schema at the first revision")
                .isEqualTo(er.out());
        assertThat(dir.resolve("app.db")).as("from the migrations alone").doesNotExist();

        InProcess.Run bad = run("show", "head", "--er", "graphviz");
        assertThat(bad.code()).isGreaterThanOrEqualTo(2);
        assertThat(bad.err()).contains("--er takes mermaid");
    }
}
