package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Replayer;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.postgres.PostgresTypes;
import dev.retort.dialect.sqlite.SqliteTypes;
import dev.retort.model.CheckConstraint;
import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline replay equals reality on SQLite: after a real {@code upgrade head}, the schema computed from the
 * migrations alone is the schema read back from the database.
 */
class ReplayMatchesDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void vesselsSample() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        Retort retort = Projects.retort(Projects.sqlite(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE));
        retort.autogenerate("initial schema");
        SchemaModel replayed = assertReplayEqualsDatabase(retort);
        assertThat(replayed.tableNames()).containsExactly("alert_cooldowns", "alerts", "vessels_latest");
    }

    /** The committed migrations: a generated schema and a hand-written data migration (bulkInsert replays as a no-op). */
    @Test
    void microscopySampleWithItsCommittedMigrations() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.microscopy", Projects.SNAKE_CASE);
        copyMicroscopyMigrations(config);
        SchemaModel replayed = assertReplayEqualsDatabase(new Retort(config));
        assertThat(replayed.tableNames()).containsExactly("gridsquare", "user_preferences");
    }

    /** Two revisions: create, then add/alter/drop columns, a new table with a foreign key, an index (a table rebuild on SQLite). */
    @Test
    void evolution() throws Exception {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        RetortConfig v1 = Projects.sqlite(dir, classes, "dev.retort.fixtures.evolution.v1", Map.of());
        Projects.retort(v1).autogenerate("customers");
        Projects.retort(v1).upgrade("head", line -> { });
        RetortConfig v2 = Projects.withEntities(v1, "dev.retort.fixtures.evolution.v2");
        Projects.retort(v2).autogenerate("evolve customers");
        SchemaModel replayed = assertReplayEqualsDatabase(Projects.retort(v2));
        assertThat(replayed.tableNames()).containsExactly("customers", "purchase_orders");
    }

    /** Runs {@code upgrade head}, then asserts the replayed model equals the introspected one; returns it. */
    static SchemaModel assertReplayEqualsDatabase(Retort retort) {
        retort.upgrade("head", line -> { });
        Replayer.Replay replay = retort.replay();
        SchemaModel live = retort.databaseModel();
        assertThat(replay.notes()).isEmpty();
        assertThat(live.tables()).isNotEmpty();
        Map<TypeKind, ColumnType> storedAs = retort.config().url().orElseThrow().contains("sqlite")
                ? SqliteTypes.STORED_AS : PostgresTypes.STORED_AS;
        assertThat(stored(comparable(replay.model()), storedAs)).isEqualTo(stored(comparable(live), storedAs));
        return replay.model();
    }

    /**
     * The one normalisation the comparison needs: CHECK expressions and partial-index predicates are compared in
     * {@link CheckConstraint#normalise} form (whitespace and case outside string literals ignored), as the differ
     * compares them. PostgreSQL hands back its own spelling of an expression ({@code ('A','B')} for
     * {@code ('A', 'B')}, {@code IS NULL} in lower case) while the migration holds Hibernate's; everything
     * else, names and column order included, must be equal as it is.
     */
    static SchemaModel comparable(SchemaModel model) {
        List<Table> tables = model.tables().stream()
                .map(t -> t.withChecks(t.checks().stream()
                                .map(c -> new CheckConstraint(c.name(), CheckConstraint.normalise(c.expression()))).toList())
                        .withIndexes(t.indexes().stream()
                                .map(i -> i.withWhere(i.where().map(CheckConstraint::normalise))).toList()))
                .toList();
        return model.withTables(tables);
    }

    /** Each column's type as the database stores it: the migration says jsonb, SQLite keeps a clob. */
    static SchemaModel stored(SchemaModel model, Map<TypeKind, ColumnType> storedAs) {
        return model.withTables(model.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .map(c -> c.withType(dev.retort.diff.DiffOptions.stored(storedAs, c.type()))).toList())).toList());
    }

    static void copyMicroscopyMigrations(RetortConfig config) throws Exception {
        try (var files = Files.list(Path.of("sample-entities/microscopy-migrations"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(f, config.migrationsDir().resolve(f.getFileName()));
            }
        }
    }
}
