package dev.retort.testing;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A Retort project in a temporary directory: an SQLite file, a migrations directory and entity classes. */
public final class Projects {
    /** The Hibernate settings of the sample entities: their camelCase fields are snake_case columns. */
    public static final Map<String, String> SNAKE_CASE = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");

    private Projects() {
    }

    public static RetortConfig sqlite(Path dir, Path classes, String entityPackage, Map<String, String> hibernate)
            throws java.io.IOException {
        return project(dir, classes, entityPackage, hibernate).url("jdbc:sqlite:" + dir.resolve("app.db")).build();
    }

    /** A project on a fresh PostgreSQL database of the shared test server. */
    public static RetortConfig postgres(Path dir, Path classes, String entityPackage, Map<String, String> hibernate)
            throws java.io.IOException {
        return onDatabase(project(dir, classes, entityPackage, hibernate), PostgresServer.newDatabase()).build();
    }

    /** A project in {@code dir} with its migrations directory created, and no database yet. */
    private static RetortConfig.Builder project(Path dir, Path classes, String entityPackage,
                                                Map<String, String> hibernate) throws java.io.IOException {
        Files.createDirectories(dir.resolve("migrations"));
        return RetortConfig.builder(dir).classpath(classes).entityPackages(entityPackage).hibernateProperties(hibernate);
    }

    /** {@code project} pointed at {@code db}, a database of the shared PostgreSQL test server. */
    public static RetortConfig.Builder onDatabase(RetortConfig.Builder project, PostgresServer.Database db) {
        return project.url(db.url()).user(db.user()).password(db.password());
    }

    /** A project on a fresh MariaDB database of the shared test server. */
    public static RetortConfig mariadb(Path dir, Path classes, String entityPackage, Map<String, String> hibernate)
            throws java.io.IOException {
        MariaDbServer.Database db = MariaDbServer.newDatabase();
        return project(dir, classes, entityPackage, hibernate).url(db.url()).user(db.user()).password(db.password())
                .build();
    }

    /** The same project with another entity class path (e.g. one that holds the application's Hibernate). */
    public static RetortConfig withClasspath(RetortConfig c, List<Path> classpath) {
        return c.toBuilder().classpath(classpath).build();
    }

    /** The same project with other entities: the next step of an evolution. */
    public static RetortConfig withEntities(RetortConfig c, String entityPackage) {
        return c.toBuilder().entityPackages(entityPackage).build();
    }

    /**
     * A façade whose clock moves one minute per call and whose revision ids count up from the number of
     * migrations already written, so runs are reproducible and several façades on one project never collide.
     */
    public static Retort retort(RetortConfig config) throws java.io.IOException {
        long existing = 0;
        if (Files.isDirectory(config.migrationsDir())) {
            try (var files = Files.list(config.migrationsDir())) {
                existing = files.filter(p -> p.toString().endsWith(".java")).count();
            }
        }
        AtomicLong minutes = new AtomicLong(existing * 10);
        AtomicInteger ids = new AtomicInteger((int) existing * 10);
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.parse("2026-01-02T03:04:05Z").plusSeconds(60 * minutes.getAndIncrement());
            }
        };
        return new Retort(config, ticking, () -> String.format("%012x", 0xabc000000000L + ids.incrementAndGet()));
    }
}
