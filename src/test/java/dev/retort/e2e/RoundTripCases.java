package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.SchemaModel;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on a sample schema: autogenerate, upgrade, the database matches the entities, no changes,
 * Hibernate's validator agrees, downgrade to base leaves nothing behind. Each database runs it in a subclass
 * ({@link SqliteRoundTripTest}, {@link PostgresRoundTripIT}, {@link MariaDbRoundTripIT}), which says what "nothing" is in its catalog.
 */
abstract class RoundTripCases {
    static final String VESSELS = "dev.retort.sample.vessels";
    static final String MICROSCOPY = "dev.retort.sample.microscopy";

    @TempDir
    Path dir;

    /** The database the cases run on. */
    abstract TestDatabase database();

    /**
     * What the database holds besides Retort's version tables, from its own catalog: tables, sequences, types.
     * After a downgrade to base there must be nothing.
     */
    abstract List<String> objectsLeft(Connection c) throws SQLException;

    /**
     * What {@code upgrade} says before it runs the first migration: nothing, unless the database has something to
     * warn about (MariaDB: it cannot roll back DDL).
     */
    List<String> upgradeNotes() {
        return List.of();
    }

    /** A project on the sample entities of {@code entityPackage}, upgraded to its first, generated migration. */
    record Upgraded(RetortConfig config, Retort retort, Results.Generated first, String source, SchemaModel live) {
    }

    @Test
    void vesselsSample() throws Exception {
        Upgraded u = upgrade(VESSELS);
        assertThat(u.first().changes()).hasSize(3);
        assertThat(u.source()).contains("op.createTable(\"vessels_latest\"", "op.createTable(\"alerts\"",
                "op.createTable(\"alert_cooldowns\"", "primaryKey(\"mmsi\", \"rule_type\")");
        assertThat(u.live().tableNames()).containsExactly("alert_cooldowns", "alerts", "vessels_latest");
        assertThat(u.live().table("alerts").orElseThrow().indexes()).hasSize(7);
        assertThat(u.live().table("alert_cooldowns").orElseThrow().primaryKey()).containsExactly("mmsi", "rule_type");
        downgradeToBase(u);
    }

    @Test
    void microscopySample() throws Exception {
        Upgraded u = upgrade(MICROSCOPY);
        assertThat(u.live().tableNames()).containsExactly("gridsquare", "user_preferences");
        downgradeToBase(u);
    }

    @Test
    void autogenerateRefusesADatabaseBehindHead() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = database().project(dir, classes, VESSELS, Projects.SNAKE_CASE);
        Retort retort = Projects.retort(config);
        retort.autogenerate("initial schema");
        assertThatThrownBy(() -> retort.autogenerate("second"))
                .hasMessageContaining("Target database is not up to date")
                .hasMessageContaining("retort upgrade head");
        assertThat(migrationFiles(config)).hasSize(1);
    }

    /**
     * Autogenerates the first migration of the sample {@code entityPackage} and upgrades to it; then the database
     * matches the entities, autogenerate finds nothing more, and Hibernate's validator accepts the database.
     */
    Upgraded upgrade(String entityPackage) throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = database().project(dir, classes, entityPackage, Projects.SNAKE_CASE);
        Retort retort = Projects.retort(config);

        Results.Generated first = retort.autogenerate("initial schema");
        assertThat(first.file()).isPresent();
        assertThat(migrationFiles(config)).hasSize(1);
        List<String> progress = new ArrayList<>();
        Results.Migrated up = retort.upgrade("head", progress::add);
        assertThat(up.heads()).containsExactly(first.revision().orElseThrow());
        List<String> notes = upgradeNotes();
        assertThat(progress).hasSize(notes.size() + 1);
        assertThat(progress.subList(0, notes.size())).isEqualTo(notes);

        SchemaModel entities = retort.entityModel();
        SchemaModel live = retort.databaseModel();
        assertThat(live.tableNames()).isEqualTo(entities.tableNames());
        assertThat(new SchemaDiffer(database().comparison()).diff(entities, live).ops()).isEmpty();
        assertThat(retort.autogenerate("nothing to do").hasChanges()).isFalse();
        assertThat(migrationFiles(config)).hasSize(1);
        HibernateValidation.validate(classes, entityPackage, config, database().hibernateDialect(), Projects.SNAKE_CASE);
        return new Upgraded(config, retort, first, Files.readString(first.file().orElseThrow()), live);
    }

    /** {@code downgrade base}: no revision is applied, and the database holds no table, sequence or type. */
    void downgradeToBase(Upgraded u) throws Exception {
        Results.Migrated down = u.retort().downgrade("base", line -> { });
        assertThat(down.heads()).isEmpty();
        assertThat(u.retort().current().revisions()).isEmpty();
        assertThat(u.retort().databaseModel().tables()).isEmpty();
        try (Connection c = TestDatabase.connect(u.config())) {
            assertThat(objectsLeft(c)).isEmpty();
        }
    }

    static List<Path> migrationFiles(RetortConfig config) throws Exception {
        try (Stream<Path> files = Files.list(config.migrationsDir())) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
