package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.JavaSources;
import dev.retort.testing.RetortJar;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Maven project whose entity needs a library at mapping time (an attribute converter holding a Jackson
 * {@code ObjectMapper}), with no {@code classpath} in retort.properties: the real {@code retort.jar}, which has no
 * Jackson, asks Maven once for the project's dependencies, says so, keeps the answer until pom.xml changes, and
 * reads the entities.
 */
class MavenProjectIT {
    @TempDir
    Path dir;

    private RetortJar.Run retort(String... args) throws Exception {
        return RetortJar.inProject(dir, args);
    }

    @Test
    void theEntityClasspathComesFromThePomOnceAndStaysUntilItChanges() throws Exception {
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>shop</artifactId>
                  <version>1</version>
                  <dependencies>
                    <dependency>
                      <groupId>com.fasterxml.jackson.core</groupId>
                      <artifactId>jackson-databind</artifactId>
                      <version>2.20.1</version>
                    </dependency>
                  </dependencies>
                </project>
                """;
        Files.writeString(dir.resolve("pom.xml"), pom);
        Path src = Files.createDirectories(dir.resolve("src/main/java/shop"));
        Files.writeString(src.resolve("Customer.java"), """
                package shop;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity
                public class Customer {
                    @Id Long id;
                    @Convert(converter = TagsConverter.class) List<String> tags;
                }
                """);
        Files.writeString(src.resolve("TagsConverter.java"), """
                package shop;

                import com.fasterxml.jackson.databind.ObjectMapper;
                import jakarta.persistence.AttributeConverter;
                import java.util.List;

                public class TagsConverter implements AttributeConverter<List<String>, String> {
                    private final ObjectMapper json = new ObjectMapper();

                    public String convertToDatabaseColumn(List<String> tags) {
                        try { return json.writeValueAsString(tags); } catch (Exception e) { throw new IllegalStateException(e); }
                    }

                    public List<String> convertToEntityAttribute(String text) {
                        try { return json.readValue(text, List.class); } catch (Exception e) { throw new IllegalStateException(e); }
                    }
                }
                """);
        JavaSources.compile(dir.resolve("src/main/java"), dir.resolve("target/classes"));
        // `retort init` in a Maven project leaves the class path to Maven
        RetortJar.Run init = retort("init");
        assertThat(init.code()).as(init.err()).isZero();
        String properties = Files.readString(dir.resolve("retort.properties"));
        assertThat(properties).contains("url=jdbc:sqlite:app.db\n", "#   classpath=target/classes\n")
                .doesNotContain("\nclasspath=");
        Files.writeString(dir.resolve("retort.properties"), properties + "entities=shop\n");

        RetortJar.Run first = retort("autogenerate", "-m", "initial");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("+ table Customer");
        assertThat(first.err()).contains("Entity classpath: target/classes and 3 jars of pom.xml (Maven asked once;"
                + " kept in target/retort/ until pom.xml changes)");

        RetortJar.Run second = retort("check");
        assertThat(second.code()).as(second.out() + second.err()).isEqualTo(1); // not applied yet: drift
        assertThat(second.err()).contains("Entity classpath: target/classes and 3 jars of pom.xml")
                .doesNotContain("Maven asked");

        // without the dependency, the converter cannot load: the pom's hash names a new answer
        Files.writeString(dir.resolve("pom.xml"), pom.replaceAll("(?s)<dependencies>.*</dependencies>", ""));
        RetortJar.Run without = retort("check");
        assertThat(without.code()).isGreaterThanOrEqualTo(2);
        assertThat(without.err()).as("the converter's missing class is named").contains("ObjectMapper");
        try (var answers = Files.list(dir.resolve("target/retort"))) {
            assertThat(answers.filter(p -> p.getFileName().toString().startsWith("classpath-"))).hasSize(2);
        }
    }
}
