package dev.retort.it.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.spring.RetortFailureAnalyzer;
import dev.retort.spring.RetortStartupException;
import dev.retort.testing.PostgresServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shop application started for real, with the starter on its class path, on SQLite and PostgreSQL: Retort migrates
 * the database before JPA validates the entities against it ({@code spring.jpa.hibernate.ddl-auto=validate} in
 * application.properties), so a context that starts proves the order and the schema. The same tests run under
 * Spring Boot 3.5 (Hibernate 6.6) and 4.0 (Hibernate 7.2).
 */
class StarterIT {
    private static final String HEAD = "353566d97525";
    private static final String FIRST = "366f8596cf00";

    @TempDir
    Path dir;

    /** A database and how to reach it, for the application and for the assertions. */
    record Db(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private Db sqlite() {
        return new Db("jdbc:sqlite:" + dir.resolve("shop.db"), null, null);
    }

    private static Db postgres() {
        PostgresServer.Database db = PostgresServer.newDatabase();
        return new Db(db.url(), db.user(), db.password());
    }

    @Test
    void migratesSqliteBeforeJpaStartsAndAppliesNothingTheSecondTime() throws Exception {
        migratesBeforeJpaStarts(sqlite());
    }

    @Test
    void migratesPostgresBeforeJpaStartsAndAppliesNothingTheSecondTime() throws Exception {
        migratesBeforeJpaStarts(postgres());
    }

    private void migratesBeforeJpaStarts(Db db) throws Exception {
        try (ConfigurableApplicationContext app = start(db)) {
            CategoryRepository categories = app.getBean(CategoryRepository.class);
            ProductRepository products = app.getBean(ProductRepository.class);
            assertThat(categories.findAll()).extracting(Category::getCode).containsExactlyInAnyOrder("books", "tools");
            Product saved = products.save(new Product("Hammer", new BigDecimal("12.50"),
                    categories.findById("tools").orElseThrow()));
            assertThat(products.findById(saved.getId())).get().extracting(Product::getDisplayName).isEqualTo("Hammer");
        }
        assertThat(versions(db)).containsExactly(HEAD);
        try (ConfigurableApplicationContext again = start(db)) {
            assertThat(again.getBean(ProductRepository.class).count()).isEqualTo(1);
        }
        assertThat(versions(db)).containsExactly(HEAD);
    }

    @Test
    void targetStopsAtARevision() throws Exception {
        Db db = sqlite();
        try (ConfigurableApplicationContext app = start(db, "retort.target=" + FIRST)) {
            assertThat(app.getBean(CategoryRepository.class).count()).as("the seed revision is not applied").isZero();
        }
        assertThat(versions(db)).containsExactly(FIRST);
    }

    @Test
    void validateOnlyFailsStartUpOnAnOutOfDateDatabaseAndChangesNothing() throws Exception {
        Db db = postgres();
        assertThatThrownBy(() -> start(db, "retort.validate-only=true"))
                .satisfies(e -> {
                    FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(e);
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("validate-only")
                            .contains("the database is at <base> (no revision)")
                            .contains("the application's migrations are at " + HEAD);
                    assertThat(analysis.getAction()).contains("retort upgrade head");
                });
        assertThat(tables(db)).doesNotContain("product", "retort_version");

        try (ConfigurableApplicationContext migrated = start(db)) {
            assertThat(migrated.isRunning()).isTrue();
        }
        try (ConfigurableApplicationContext validated = start(db, "retort.validate-only=true")) {
            assertThat(validated.getBean(CategoryRepository.class).count()).isEqualTo(2);
        }
    }

    @Test
    void disabledLeavesTheDatabaseAlone() throws Exception {
        Db db = sqlite();
        try (ConfigurableApplicationContext app = start(db, "retort.enabled=false",
                "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(app.getBeansOfType(dev.retort.spring.RetortMigrationInitializer.class)).isEmpty();
        }
        assertThat(tables(db)).doesNotContain("retort_version", "product");
    }

    @Test
    void aMissingOrWrongPackageStopsStartUpWithWhatToDo() {
        Db db = sqlite();
        assertThatThrownBy(() -> start(db, "retort.migrations-package="))
                .satisfies(e -> assertThat(new RetortFailureAnalyzer().analyze(e).getDescription())
                        .contains("retort.migrations-package is not set"));
        assertThatThrownBy(() -> start(db, "retort.migrations-package=com.example.nothing"))
                .satisfies(e -> {
                    assertThat(rootCause(e)).isInstanceOf(RetortStartupException.class);
                    assertThat(new RetortFailureAnalyzer().analyze(e).getDescription())
                            .contains("No migration classes in package com.example.nothing");
                });
    }

    @Test
    void runsOnTheSpringBootReleaseItsBuildNames() {
        String expected = System.getProperty("retort.springBoot", "");
        assertThat(SpringBootVersion.getVersion()).startsWith(expected);
    }

    // ---------------------------------------------------------------- helpers

    private static ConfigurableApplicationContext start(Db db, String... properties) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", db.url());
        if (db.user() != null) {
            settings.put("spring.datasource.username", db.user());
            settings.put("spring.datasource.password", db.password());
        }
        settings.put("spring.main.banner-mode", "off");
        settings.put("logging.level.root", "warn");
        settings.put("logging.level.dev.retort", "info");
        List<String> args = new ArrayList<>();
        for (String p : properties) {
            args.add("--" + p);
        }
        SpringApplication application = new SpringApplicationBuilder(ShopApplication.class).properties(settings).build();
        return application.run(args.toArray(String[]::new));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof RetortStartupException)) {
            t = t.getCause();
        }
        return t;
    }

    private static List<String> versions(Db db) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT version_num FROM retort_version")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    private static List<String> tables(Db db) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(null, null, "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                found.add(rs.getString("TABLE_NAME"));
            }
        }
        return found;
    }
}
