package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A Spring Boot project's own JPA settings, read from its {@code src/main/resources}: without a line of Hibernate
 * configuration in retort.properties, the schema is the one the application runs with (Spring Boot's snake_case
 * physical names, its join table names, a profile's default schema), and Retort says which files it read.
 */
class SpringSettingsCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RetortCli.commandLine(env, dir);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void theApplicationsNamingAndProfileDecideTheSchema() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nclasspath="
                + Path.of("target/test-classes").toAbsolutePath() + "\nentities=dev.retort.fixtures.springapp\n");
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  application:
                    name: shop
                  datasource:
                    url: jdbc:postgresql://localhost/shop
                """);

        Run gen = run(Map.of(), "autogenerate", "-m", "initial");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.err()).isEqualTo("Using JPA settings from src/main/resources/application.yml\n");
        assertThat(gen.out()).contains("+ table customer", "+ table tag", "+ table customer_favourite_tags");
        String source;
        try (var files = Files.list(dir.resolve("migrations"))) {
            source = Files.readString(files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow());
        }
        assertThat(source).contains("column(\"first_name\"", "column(\"display_name\"", "column(\"favourite_tags_id\"")
                .doesNotContain("firstName");

        Run upgrade = run(Map.of(), "upgrade", "head");
        assertThat(upgrade.code()).as(upgrade.err()).isZero();
        Run check = run(Map.of(), "check");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.err()).contains("Using JPA settings from src/main/resources/application.yml");

        // the same entities with Hibernate's own naming: retort.properties has the last word
        Files.writeString(dir.resolve("retort.properties"), Files.readString(dir.resolve("retort.properties"))
                + "hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n");
        Run drift = run(Map.of(), "check");
        assertThat(drift.code()).isEqualTo(1);
        assertThat(drift.out()).contains("firstName");
    }
}
