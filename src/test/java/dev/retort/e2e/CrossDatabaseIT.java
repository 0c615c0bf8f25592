package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Difference;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One migration set for SQLite in development and PostgreSQL in production: the initial migration generated
 * against one database is applied to the other, where {@code check} finds nothing, Hibernate's {@code validate}
 * passes, and {@code autogenerate} has nothing to add; both ways round, for the mapping corpus and the samples.
 *
 * <p>{@link #KNOWN_GAPS} are the cases where Hibernate's validator rejects the result, each with its reason;
 * everything else (check, autogenerate, down and up again) must hold for them too, and the test asserts that the
 * validator still fails, so one that starts to pass must leave the list.
 */
class CrossDatabaseIT {
    /** Not Retort's: Hibernate's own ddl-auto writes the same key, and its validator rejects it too. */
    private static final String LONG_IDENTITY = "Hibernate's SQLite validator rejects a Long identity key, which"
            + " SQLite can only store as its integer rowid; it fails on the tables its own ddl-auto writes too";

    static final Map<String, String> KNOWN_GAPS = Map.ofEntries(
            Map.entry("sample.fleet postgres", LONG_IDENTITY));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} generated on {1}")
    @CsvSource({
            "corpus.inheritance, sqlite", "corpus.inheritance, postgres",
            "corpus.embedded, sqlite", "corpus.embedded, postgres",
            "corpus.collections, sqlite", "corpus.collections, postgres",
            "corpus.types, sqlite", "corpus.types, postgres",
            "corpus.names, sqlite", "corpus.names, postgres",
            "corpus.springboot, sqlite", "corpus.springboot, postgres",
            "corpus.defaults, sqlite", "corpus.defaults, postgres",
            "sample.vessels, sqlite", "sample.vessels, postgres",
            "sample.fleet, sqlite", "sample.fleet, postgres",
            "sample.microscopy, sqlite", "sample.microscopy, postgres"})
    void generatedOnOneDatabaseChecksCleanOnTheOther(String group, String generatedOn) throws Exception {
        generateAndCheckOnTheOther(group, generatedOn, KNOWN_GAPS.get(group + " " + generatedOn));
    }

    /**
     * A migration spelled the old way (PostgreSQL's folded {@code x_portal_user}) and a later one spelled as
     * Hibernate does ({@code X_PORTAL_USER}) name one table on both databases: the later one alters it, the downgrade
     * drops both, and the database is empty again.
     */
    @ParameterizedTest(name = "on {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sqlite", "postgres"})
    void migrationsSpellingOneNameTwoWaysWorkTogether(String database) throws Exception {
        String entityPackage = HibernateJudge.CORPUS + "names";
        RetortConfig config = database.equals("sqlite")
                ? Projects.sqlite(dir.resolve("sqlite"), HibernateJudge.CLASSES, entityPackage, Map.of())
                : Projects.postgres(dir.resolve("postgres"), HibernateJudge.CLASSES, entityPackage, Map.of());
        Retort retort = Projects.retort(config);
        Path initial = retort.autogenerate("initial schema").file().orElseThrow();
        String source = Files.readString(initial);
        assertThat(source).contains("\"X_PORTAL_USER\"", "\"LOGIN_ID\"", "\"\\\"MixedCase\\\"\"");
        Files.writeString(initial, source.replace("\"X_PORTAL_USER\"", "\"x_portal_user\"")
                .replace("\"LOGIN_ID\"", "\"login_id\""));
        retort.upgrade("head", line -> { });

        Path later = retort.revision("nick names", false).file().orElseThrow();
        dev.retort.testing.MigrationBodies.fill(later,
                "op.addColumn(\"X_PORTAL_USER\", column(\"NICK_NAME\", varchar(20)));\n"
                        + "        op.alterColumn(\"X_PORTAL_USER\", column(\"LOGIN_ID\", varchar(100)).notNull(),"
                        + " column(\"LOGIN_ID\", varchar(120)).notNull());",
                "op.alterColumn(\"X_PORTAL_USER\", column(\"LOGIN_ID\", varchar(120)).notNull(),"
                        + " column(\"LOGIN_ID\", varchar(100)).notNull());\n"
                        + "        op.dropColumn(\"X_PORTAL_USER\", column(\"NICK_NAME\", varchar(20)));");
        retort.upgrade("head", line -> { });
        var users = retort.databaseModel().tables().stream()
                .filter(t -> t.name().equalsIgnoreCase("X_PORTAL_USER")).toList();
        assertThat(users).as("one table, however spelled").singleElement().satisfies(t -> {
            assertThat(t.columnNames()).anyMatch(c -> c.equalsIgnoreCase("NICK_NAME"));
            assertThat(t.columns()).filteredOn(c -> c.name().equalsIgnoreCase("LOGIN_ID")).singleElement()
                    .satisfies(c -> assertThat(c.type().toString()).isEqualTo("varchar(120)"));
        });
        retort.downgrade("base", line -> { });
        assertThat(retort.databaseModel().tableNames()).allMatch(n -> n.equals("retort_version"));
    }

    /**
     * PostgreSQL enums in production, SQLite in development: entities with {@code @JdbcTypeCode(NAMED_ENUM)} scan on
     * SQLite as they do on PostgreSQL (the enum type, and the column of that type, which SQLite stores as text), so a
     * migration generated on either database creates the type and runs on both, and {@code check} is clean on both.
     */
    @org.junit.jupiter.api.Test
    void namedEnumMigrationsRunAndCheckCleanOnBothDatabases() throws Exception {
        String entityPackage = HibernateJudge.CORPUS + "pgnative";
        for (String generatedOn : List.of("postgresql", "sqlite")) {
            Path base = dir.resolve(generatedOn);
            RetortConfig postgres = Projects.postgres(base.resolve("postgres"), HibernateJudge.CLASSES, entityPackage,
                    Map.of());
            RetortConfig sqlite = Projects.sqlite(base.resolve("sqlite"), HibernateJudge.CLASSES, entityPackage,
                    Map.of());
            RetortConfig from = generatedOn.equals("sqlite") ? sqlite : postgres;
            RetortConfig to = generatedOn.equals("sqlite") ? postgres : sqlite;
            assertThat(Projects.retort(from).autogenerate("initial schema").hasChanges()).isTrue();
            try (var files = Files.list(from.migrationsDir())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readString(f)).as(generatedOn).contains("createEnumType(");
                    Files.copy(f, to.migrationsDir().resolve(f.getFileName()));
                }
            }
            for (RetortConfig config : List.of(from, to)) {
                Retort retort = Projects.retort(config);
                retort.upgrade("head", line -> { });
                assertThat(retort.check().differences()).extracting(Difference::message)
                        .as("generated on " + generatedOn + ", checked on " + config.url().orElseThrow()).isEmpty();
                assertThat(Projects.retort(config).autogenerate("nothing").changes()).as(generatedOn).isEmpty();
            }
            try (Connection c = DriverManager.getConnection(sqlite.url().orElseThrow())) {
                Sql.exec(c, "INSERT INTO shipment (id, status) VALUES (1, 'SHIPPED')");
                assertThat(Sql.rows(c, "SELECT status, typeof(status) FROM shipment")).containsExactly("SHIPPED|text");
            }
            Projects.retort(sqlite).downgrade("base", line -> { });
        }
    }

    /** @param validateGap why Hibernate's validator rejects the result (asserted), or null when it must pass */
    private void generateAndCheckOnTheOther(String group, String generatedOn, String validateGap) throws Exception {
        boolean sample = group.startsWith("sample.");
        Path classes = sample ? JavaSources.sampleEntities(dir.resolve("classes")) : HibernateJudge.CLASSES;
        String entityPackage = sample ? "dev.retort." + group : HibernateJudge.CORPUS + group.substring("corpus.".length());
        Map<String, String> hibernate = sample ? Projects.SNAKE_CASE
                : HibernateJudge.properties(group.substring("corpus.".length()));

        RetortConfig sqlite = Projects.sqlite(dir.resolve("sqlite"), classes, entityPackage, hibernate);
        RetortConfig postgres = Projects.postgres(dir.resolve("postgres"), classes, entityPackage, hibernate);
        RetortConfig from = generatedOn.equals("sqlite") ? sqlite : postgres;
        RetortConfig to = generatedOn.equals("sqlite") ? postgres : sqlite;

        Retort target = generatedThereRunHere(from, to, group + " generated on " + generatedOn
                + ", checked on the other database");
        assertThat(target.autogenerate("nothing").changes()).isEmpty();
        if (validateGap == null) {
            HibernateValidation.validate(classes, entityPackage, to, HibernateValidation.dialectOf(to), hibernate);
        } else {
            assertThatThrownBy(() -> HibernateValidation.validate(classes, entityPackage, to,
                    HibernateValidation.dialectOf(to), hibernate)).as("known gap, still failing: " + validateGap)
                    .hasMessageContaining("wrong column type").hasMessageContaining("bigint");
            // and not Retort's doing: the validator fails on the tables Hibernate's own ddl-auto writes too
            RetortConfig byHibernate = Projects.sqlite(dir.resolve("hibernate"), classes, entityPackage, hibernate);
            HibernateValidation.create(classes, entityPackage, byHibernate, HibernateValidation.SQLITE, hibernate);
            assertThatThrownBy(() -> HibernateValidation.validate(classes, entityPackage, byHibernate,
                    HibernateValidation.SQLITE, hibernate)).isInstanceOf(Exception.class);
        }
        // down and up again: the drops name what the database stores, however it spells it
        target.downgrade("base", line -> { });
        assertThat(target.databaseModel().tableNames()).allMatch(n -> n.equals("retort_version"));
        target.upgrade("head", line -> { });
        assertThat(target.check().differences()).isEmpty();
        if (group.equals("corpus.defaults")) {
            // the current-time default works on the database it was not generated on
            try (Connection c = to.user().isPresent()
                    ? DriverManager.getConnection(to.url().orElseThrow(), to.user().get(), to.password().orElse(""))
                    : DriverManager.getConnection(to.url().orElseThrow())) {
                Sql.exec(c, "INSERT INTO reading (value) VALUES (1.5)");
                assertThat(Sql.rows(c, "SELECT taken_at, stored_at FROM reading")).singleElement()
                        .satisfies(row -> assertThat(row).doesNotContain("null"));
            }
        }
    }

    /**
     * The initial migration generated on {@code from}'s database, copied to {@code to}'s project and upgraded there;
     * {@code check} on {@code to} finds no difference.
     */
    static Retort generatedThereRunHere(RetortConfig from, RetortConfig to, String what) throws Exception {
        assertThat(Projects.retort(from).autogenerate("initial schema").hasChanges()).isTrue();
        try (var files = Files.list(from.migrationsDir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(f, to.migrationsDir().resolve(f.getFileName()));
            }
        }
        Retort target = Projects.retort(to);
        target.upgrade("head", line -> { });
        assertThat(target.check().differences()).extracting(Difference::message).as(what).isEmpty();
        return target;
    }
}
