package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.maven.MavenBuilds.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/spring-boot.md} followed in a real Spring Boot 3.5 project: the shop application of the starter's tests
 * (spring-boot-starter/it-app) moved to {@code com.example.shop} without its migrations, with the page's dependency,
 * the page's two properties files, the plugin block of {@code docs/maven-plugin.md}, and a test that starts the
 * application; then the page's commands, as written.
 */
class SpringBootGuideIT {
    private static final String DOC = "spring-boot.md";
    private static final Path APP = MavenBuilds.ROOT.resolve("spring-boot-starter/it-app");

    @TempDir
    Path work;

    @Test
    void fromTheGuideToAnApplicationThatMigratesAtStartUp() throws Exception {
        Path shop = work.resolve("shop");
        Path sources = shop.resolve("src/main/java/com/example/shop");
        MavenBuilds.copy(APP.resolve("src/main/java/dev/retort/it/shop"), sources, rel -> rel.startsWith("db"));
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.writeString(java, Files.readString(java).replace("dev.retort.it.shop", "com.example.shop"));
            }
        }
        List<String> properties = MavenBuilds.blocks(DOC, "properties");
        assertThat(properties).hasSize(2);
        Files.createDirectories(shop.resolve("src/main/resources"));
        Files.writeString(shop.resolve("src/main/resources/application.properties"), properties.get(0));
        Files.writeString(shop.resolve("retort.properties"), properties.get(1));
        Path test = Files.createDirectories(shop.resolve("src/test/java/com/example/shop"))
                .resolve("ShopApplicationTest.java");
        Files.writeString(test, """
                package com.example.shop;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import org.junit.jupiter.api.Test;
                import org.springframework.boot.SpringApplication;

                class ShopApplicationTest {
                    @Test
                    void startsOnAMigratedDatabase() {
                        try (var context = SpringApplication.run(ShopApplication.class)) {
                            assertEquals(0, context.getBean(ProductRepository.class).count());
                        }
                    }
                }
                """);
        Files.writeString(shop.resolve("pom.xml"), pom(MavenBuilds.block(DOC, "xml"),
                MavenBuilds.block("maven-plugin.md", "xml")));

        MavenBuilds maven = new MavenBuilds(work, "");
        Run run = maven.sh(shop, MavenBuilds.block(DOC, "sh"), Map.of());
        assertThat(run.code()).as(run.output()).isZero();
        Path migrations = shop.resolve("src/main/java/com/example/shop/db/migrations");
        List<Path> written;
        try (Stream<Path> files = Files.list(migrations)) {
            written = files.toList();
        }
        assertThat(written).singleElement().satisfies(m -> {
            assertThat(m.getFileName().toString()).endsWith("_shop_schema.java");
            assertThat(Files.readString(m)).startsWith("package com.example.shop.db.migrations;")
                    .contains("op.createTable(\"product\"").contains("column(\"display_name\", varchar(120))");
        });
        assertThat(run.output())
                .contains("Tests run: 1, Failures: 0, Errors: 0")
                .containsPattern("Retort: Running upgrade <base> -> [0-9a-f]{12}, shop schema")
                .containsPattern("Retort: applied 1 migration in \\d+ ms; the database is at [0-9a-f]{12}")
                .contains("No drift: the entities and the database agree")
                .contains("BUILD SUCCESS");
        assertThat(shop.resolve("shop.db")).exists();
        assertThat(shop.resolve("target/retort/migrations-cache")).as("compiled migrations stay out of the sources")
                .isDirectory();
    }

    /** A Spring Boot 3.5 application's POM with the page's dependency and the plugin block. */
    private static String pom(String starter, String plugin) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>3.5.7</version>
                    <relativePath/>
                  </parent>
                  <groupId>com.example</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <java.version>17</java.version>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-data-jpa</artifactId>
                    </dependency>
                %s
                    <dependency>
                      <groupId>org.xerial</groupId>
                      <artifactId>sqlite-jdbc</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.hibernate.orm</groupId>
                      <artifactId>hibernate-community-dialects</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                %s
                    </plugins>
                  </build>
                </project>
                """.formatted(starter.indent(4).stripTrailing(), plugin.indent(6).stripTrailing());
    }
}
