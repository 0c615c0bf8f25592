package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.fixtures.values.Reading;
import dev.retort.testing.MigrationBodies;
import dev.retort.testing.Projects;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data migration's {@code bulkInsert} with the values applications hold ({@code java.time}, UUID, enums by name
 * and by ordinal, JSON maps and lists), applied by {@code upgrade head} and read back by Hibernate through the
 * entity: what Retort wrote is what the application would have written. Each database runs it in a subclass.
 */
abstract class BulkValues {
    static final Map<String, String> SNAKE_CASE = Projects.SNAKE_CASE;
    static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();
    static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    static final UUID EXTERNAL = UUID.fromString("00000000-0000-4000-8000-0000000000ff");

    @TempDir
    Path dir;

    /** A project on this database with the {@code values} fixture entities. */
    abstract RetortConfig project(Path dir) throws Exception;

    /** Hibernate settings that reach the same database. */
    /** How Hibernate connects to the project's database: by default a server's URL, user and password. */
    Map<String, String> hibernateSettings(RetortConfig config) {
        return Map.of("hibernate.connection.url", config.url().orElseThrow(),
                "hibernate.connection.username", config.user().orElseThrow(),
                "hibernate.connection.password", config.password().orElse(""));
    }

    /** Literals the seeding migration's {@code --sql} script holds on this database. */
    abstract String[] literals();

    @Test
    void hibernateReadsBackEveryKindOfValue() throws Exception {
        assertSeeded(seedAndRead(dir));
    }

    @Test
    void offlineSqlWritesTheSameRow() throws Exception {
        seedAndRead(dir);
        assertThat(Projects.retort(seeded).upgradeSql("base:head")).contains(literals());
    }

    /** The bodies of the seeding migration: one row of every kind of value, and its removal. */
    static final String SEED = """
            enum Source { MANUAL, SENSOR, IMPORTED }
                    op.bulkInsert("readings", java.util.List.of(row(
                            "id", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                            "taken_on", java.time.LocalDate.of(2024, 1, 31),
                            "taken_at", java.time.LocalDateTime.of(2024, 1, 31, 13, 45, 30, 123_000_000),
                            "taken_time", java.time.LocalTime.of(6, 30, 15),
                            "recorded_at", java.time.Instant.parse("2024-01-31T12:00:00.5Z"),
                            "reviewed_at", java.time.OffsetDateTime.parse("2024-02-01T09:15:00+01:00"),
                            "source", Source.SENSOR,
                            "source_ordinal", Source.IMPORTED,
                            "attributes", java.util.Map.of("unit", "°C", "note", "said \\"hi\\"\\n"),
                            "tags", java.util.List.of("roof", "north"),
                            "amount", new java.math.BigDecimal("12.50"),
                            "approved", true,
                            "external_id", java.util.UUID.fromString("00000000-0000-4000-8000-0000000000ff"))));""";

    /** The project {@link #seedAndRead} made. */
    RetortConfig seeded;

    /** Seeds one row through a hand-written migration and returns what Hibernate reads back. */
    Reading seedAndRead(Path dir) throws Exception {
        RetortConfig config = project(dir);
        seeded = config;
        Retort retort = Projects.retort(config);
        retort.autogenerate("readings");
        retort.upgrade("head", line -> { });
        Path seed = retort.revision("seed readings", false).file().orElseThrow();
        MigrationBodies.fill(seed, SEED, "op.execute(\"DELETE FROM readings\");");
        retort.upgrade("head", line -> { });

        Configuration cfg = new Configuration().addAnnotatedClass(Reading.class);
        hibernateSettings(config).forEach(cfg::setProperty);
        SNAKE_CASE.forEach(cfg::setProperty);
        cfg.setProperty("hibernate.hbm2ddl.auto", "validate");
        try (SessionFactory sf = cfg.buildSessionFactory()) {
            return sf.fromSession(s -> s.find(Reading.class, ID));
        }
    }

    /** Every field of the row Hibernate read equals what the migration wrote. */
    static void assertSeeded(Reading r) {
        assertThat(r).as("the seeded row").isNotNull();
        assertThat(r.takenOn).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(r.takenAt).isEqualTo(LocalDateTime.of(2024, 1, 31, 13, 45, 30, 123_000_000));
        assertThat(r.takenTime).isEqualTo(LocalTime.of(6, 30, 15));
        assertThat(r.recordedAt).isEqualTo(Instant.parse("2024-01-31T12:00:00.5Z"));
        assertThat(r.reviewedAt.toInstant()).isEqualTo(OffsetDateTime.of(2024, 2, 1, 9, 15, 0, 0, ZoneOffset.ofHours(1))
                .toInstant());
        assertThat(r.source).isEqualTo(Reading.Source.SENSOR);
        assertThat(r.sourceOrdinal).isEqualTo(Reading.Source.IMPORTED);
        assertThat(r.attributes).isEqualTo(Map.of("unit", "°C", "note", "said \"hi\"\n"));
        assertThat(r.tags).isEqualTo(List.of("roof", "north"));
        assertThat(r.amount).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(r.approved).isTrue();
        assertThat(r.externalId).isEqualTo(EXTERNAL);
    }
}
