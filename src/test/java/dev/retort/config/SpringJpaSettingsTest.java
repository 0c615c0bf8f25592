package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringJpaSettingsTest {
    @TempDir
    Path project;

    private Path resources() throws Exception {
        return Files.createDirectories(project.resolve("src/main/resources"));
    }

    private SpringJpaSettings.Found read(Optional<List<String>> profiles, Map<String, String> env) throws Exception {
        return SpringJpaSettings.read(resources(), profiles, env, project).orElseThrow();
    }

    @Test
    void withoutApplicationFilesThereIsNothing() throws Exception {
        assertThat(SpringJpaSettings.read(resources(), Optional.empty(), Map.of(), project)).isEmpty();
    }

    @Test
    void springBootsNamingDefaultsApplyWhenTheApplicationSetsNone() throws Exception {
        Files.writeString(resources().resolve("application.properties"), "spring.application.name=shop\n");
        SpringJpaSettings.Found found = read(Optional.empty(), Map.of());
        assertThat(found.hibernate()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.physical_naming_strategy", SpringJpaSettings.DEFAULT_PHYSICAL,
                "hibernate.implicit_naming_strategy", SpringJpaSettings.DEFAULT_IMPLICIT_3));
        assertThat(found.describe()).isEqualTo("JPA settings from src/main/resources/application.properties");
    }

    @Test
    void namingAndHibernatePropertiesAreTakenAndConnectionSettingsLeftOut() throws Exception {
        Files.writeString(resources().resolve("application.properties"), String.join("\n",
                "spring.jpa.hibernate.naming.physicalStrategy=org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl",
                "spring.jpa.hibernate.naming.implicit-strategy=org.example.Implicit",
                "spring.jpa.properties.hibernate.default_schema=${DB_SCHEMA:shop}",
                "spring.jpa.properties.hibernate.globally_quoted_identifiers=true",
                "spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.H2Dialect",
                "spring.jpa.properties.hibernate.hbm2ddl.auto=update",
                "spring.jpa.properties.hibernate.connection.pool_size=3",
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.datasource.url=jdbc:postgresql://db/shop", ""));
        assertThat(read(Optional.empty(), Map.of()).hibernate()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl",
                "hibernate.implicit_naming_strategy", "org.example.Implicit",
                "hibernate.default_schema", "shop",
                "hibernate.globally_quoted_identifiers", "true"));
        assertThat(read(Optional.empty(), Map.of("DB_SCHEMA", "tenant1")).hibernate())
                .containsEntry("hibernate.default_schema", "tenant1");
    }

    @Test
    void profilesLayerYamlDocumentsAndProfileFilesAsSpringBootDoes() throws Exception {
        Files.writeString(resources().resolve("application.yml"), """
                spring:
                  profiles:
                    active: dev
                  jpa:
                    properties:
                      hibernate:
                        default_schema: base
                        "[jdbc.time_zone]": UTC
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  jpa:
                    properties:
                      hibernate.default_schema: prod_schema
                """);
        Files.writeString(resources().resolve("application-dev.yml"),
                "spring.jpa.properties.hibernate.default_schema: dev_yml\n");
        Files.writeString(resources().resolve("application-dev.properties"),
                "spring.jpa.properties.hibernate.default_schema=dev_properties\n");

        SpringJpaSettings.Found dev = read(Optional.empty(), Map.of());
        assertThat(dev.profiles()).containsExactly("dev");
        assertThat(dev.hibernate()).containsEntry("hibernate.default_schema", "dev_properties")
                .containsEntry("hibernate.jdbc.time_zone", "UTC");
        assertThat(dev.files()).containsExactly("src/main/resources/application.yml",
                "src/main/resources/application-dev.yml", "src/main/resources/application-dev.properties");

        SpringJpaSettings.Found prod = read(Optional.empty(), Map.of("SPRING_PROFILES_ACTIVE", "prod"));
        assertThat(prod.hibernate()).containsEntry("hibernate.default_schema", "prod_schema");
        assertThat(prod.describe()).endsWith("(profiles prod)");

        assertThat(read(Optional.of(List.of()), Map.of("SPRING_PROFILES_ACTIVE", "prod")).hibernate())
                .as("retort.properties' spring_profiles wins, even when empty").containsEntry("hibernate.default_schema", "base");
    }

    @Test
    void propertiesWinOverYamlInTheSameFolder() throws Exception {
        Files.writeString(resources().resolve("application.yml"), "spring.jpa.properties.hibernate.default_schema: y\n");
        Files.writeString(resources().resolve("application.properties"), "spring.jpa.properties.hibernate.default_schema=p\n");
        assertThat(read(Optional.empty(), Map.of()).hibernate()).containsEntry("hibernate.default_schema", "p");
    }

    @Test
    void brokenFilesAndMissingPlaceholdersAreOneParagraphNamingTheFile() throws Exception {
        Files.writeString(resources().resolve("application.yml"), "spring: [unclosed\n");
        assertThatThrownBy(() -> read(Optional.empty(), Map.of())).isInstanceOf(RetortException.class)
                .hasMessageContaining("application.yml").hasMessageContaining("spring_config=none");
        Files.delete(resources().resolve("application.yml"));
        Files.writeString(resources().resolve("application.properties"),
                "spring.jpa.properties.hibernate.default_schema=${TENANT}\n");
        assertThatThrownBy(() -> read(Optional.empty(), Map.of())).isInstanceOf(RetortException.class)
                .hasMessageContaining("${TENANT}").hasMessageContaining("application.properties");
    }

    @Test
    void retortPropertiesOverrideTheApplicationAndSpringConfigNoneLeavesItOut() throws Exception {
        Files.writeString(resources().resolve("application.properties"),
                "spring.jpa.properties.hibernate.default_schema=app\n");
        Files.writeString(project.resolve("retort.properties"), "url=jdbc:sqlite:app.db\n");
        RetortConfig fromApp = ConfigLoader.load(ConfigOverrides.none(), Map.of(), project);
        assertThat(fromApp.hibernateProperties()).containsEntry("hibernate.default_schema", "app")
                .containsEntry("hibernate.physical_naming_strategy", SpringJpaSettings.DEFAULT_PHYSICAL);
        assertThat(fromApp.applicationSettings()).contains("JPA settings from src/main/resources/application.properties");

        Files.writeString(project.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nhibernate.default_schema=mine\n");
        assertThat(ConfigLoader.load(ConfigOverrides.none(), Map.of(), project).hibernateProperties())
                .containsEntry("hibernate.default_schema", "mine");

        Files.writeString(project.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nspring_config=none\n");
        RetortConfig none = ConfigLoader.load(ConfigOverrides.none(), Map.of(), project);
        assertThat(none.hibernateProperties()).isEmpty();
        assertThat(none.applicationSettings()).isEmpty();

        Files.writeString(project.resolve("retort.properties"), "url=jdbc:sqlite:app.db\nspring_config=conf\n");
        assertThatThrownBy(() -> ConfigLoader.load(ConfigOverrides.none(), Map.of(), project))
                .isInstanceOf(RetortException.class).hasMessageContaining("spring_config");
    }
}
