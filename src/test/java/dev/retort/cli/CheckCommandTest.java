package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.JavaSources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code retort check} through the real picocli entry point on real SQLite files: exit 0 in sync, 1 on drift,
 * 2 or more on errors, in the text, JSON and GitHub formats; online and {@code --offline}.
 */
class CheckCommandTest {
    private static final String PROPERTIES = "url=jdbc:sqlite:app.db\nclasspath=target/classes\n"
            + "entities=dev.retort.sample.vessels\nhibernate.physical_naming_strategy="
            + "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n";

    /** An index name that needs escaping in every format: quotes, a backslash and a percent sign. */
    private static final String ODD_INDEX = "ix_50%_\"odd\"\\name";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RetortCli.commandLine(Map.of(), dir);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void project() throws Exception {
        JavaSources.sampleEntities(dir.resolve("target/classes"));
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("retort.properties"), PROPERTIES);
    }

    private String upToDate() {
        Run gen = run("autogenerate", "-m", "initial schema");
        assertThat(gen.code()).as(gen.err()).isZero();
        Run up = run("upgrade", "head");
        assertThat(up.code()).as(up.err()).isZero();
        return gen.out().replaceAll("(?s).*\\(revision ([0-9a-f]{12})\\).*", "$1");
    }

    /** The phases a command went through, as {@code --verbose} lists them after the Hibernate line. */
    private static void assertVerbose(String err, String line, String... phases) {
        List<String> lines = err.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0) + "\n").isEqualTo(line);
        assertThat(lines.get(1)).startsWith("Timings: ");
        for (String phase : phases) {
            assertThat(lines.get(1)).containsPattern(java.util.regex.Pattern.quote(phase) + " \\d+ ms");
        }
    }

    /**
     * {@code --verbose} names the Hibernate release on stderr, then where the time went; JSON always carries the
     * release; plain output does neither.
     */
    @Test
    void verboseSaysWhichHibernateReadTheEntities() throws Exception {
        String bundled = dev.retort.scan.EntityScanner.bundledHibernateVersion();
        String line = "Entities read with Hibernate ORM " + bundled
                + " (bundled with Retort; the entity classpath has no hibernate-core)\n";
        Run gen = run("autogenerate", "--verbose", "-m", "initial schema");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertVerbose(gen.err(), line, "migrations (load, compile)", "scan (ClassGraph)", "metamodel (Hibernate)",
                "introspection", "diff", "render");
        Path migration;
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            migration = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(migration)).contains("Entities read with: Hibernate ORM " + bundled);
        assertThat(run("upgrade", "head").code()).isZero();

        Run plain = run("check");
        assertThat(plain.err()).isEmpty();
        Run verbose = run("check", "-v");
        assertThat(verbose.code()).isZero();
        assertVerbose(verbose.err(), line, "scan (ClassGraph)", "metamodel (Hibernate)", "introspection", "diff");
        assertThat(verbose.out()).isEqualTo(plain.out());
        Map<String, Object> doc = MiniJson.object(run("check", "--format", "json").out());
        assertThat(doc).containsEntry("hibernate", line.strip());
        Run none = run("revision", "--autogenerate", "-v", "-m", "nothing");
        assertThat(none.out()).contains("No changes detected");
        assertVerbose(none.err(), line, "introspection", "diff");
    }

    @Test
    void inSyncExitsZeroInEveryFormat() throws Exception {
        String head = upToDate();

        Run text = run("check");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).isEqualTo("No drift: the entities and the database agree\n");

        Run json = run("check", "--format", "json");
        assertThat(json.code()).isZero();
        Map<String, Object> doc = MiniJson.object(json.out());
        assertThat(doc).containsEntry("inSync", true).containsEntry("offline", false).containsEntry("dialect", "sqlite")
                .containsEntry("heads", List.of(head)).containsEntry("databaseRevisions", List.of(head)).containsEntry("atHead", true)
                .containsEntry("notes", List.of()).containsEntry("differences", List.of());

        Run github = run("check", "--format", "github");
        assertThat(github.code()).isZero();
        assertThat(github.out()).isEqualTo("::notice::No drift: the entities and the database agree\n");

        // comparing with a database needs no migrations directory; the head is then unknown, and said so
        Files.move(dir.resolve("migrations"), dir.resolve("elsewhere"));
        Run bare = run("check");
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(bare.out()).isEqualTo("note: there is no migrations directory " + dir.resolve("migrations")
                + ", so whether the database is at head is not known\nNo drift: the entities and the database agree\n");
    }

    @Test
    void driftExitsOneAndNamesEachDifference() throws Exception {
        upToDate();
        byte[] before;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("DROP TABLE alert_cooldowns");
            // vessels_latest again, with name varchar(64) NOT NULL (entity: varchar(128) NULL) and latitude NULL
            st.execute("CREATE TABLE vl (mmsi bigint NOT NULL, course_over_ground double precision,"
                    + " last_alert_severity varchar(20), latitude double precision, longitude double precision NOT NULL,"
                    + " name varchar(64) NOT NULL, speed_over_ground double precision, timestamp timestamp NOT NULL,"
                    + " PRIMARY KEY (mmsi))");
            st.execute("DROP TABLE vessels_latest");
            st.execute("ALTER TABLE vl RENAME TO vessels_latest");
            st.execute("CREATE INDEX ix_vessels_latest_last_alert_severity ON vessels_latest (last_alert_severity)");
            st.execute("CREATE INDEX ix_vessels_latest_timestamp ON vessels_latest (timestamp)");
            st.execute("CREATE INDEX \"" + ODD_INDEX.replace("\"", "\"\"") + "\" ON alerts (message)");
        }
        before = Files.readAllBytes(dir.resolve("app.db"));
        List<String> expected = List.of(
                "table alert_cooldowns: in the entities, not in the database",
                "index " + ODD_INDEX + " on alerts (message): in the database, not in the entities",
                "column vessels_latest.latitude: entity says NOT NULL, database has NULL",
                "column vessels_latest.name: entity says varchar(128) NULL, database has varchar(64) NOT NULL");

        Run text = run("check");
        assertThat(text.code()).as(text.err()).isEqualTo(1);
        assertThat(text.out().lines().toList()).containsExactly(
                "Schema drift: 4 differences between the entities and the database",
                "  " + expected.get(0), "  " + expected.get(1), "  " + expected.get(2), "  " + expected.get(3),
                "Write a migration for them with `retort autogenerate -m \"MESSAGE\"`, review it, then run `retort upgrade head`.");

        Run json = run("check", "--format", "json");
        assertThat(json.code()).isEqualTo(1);
        Map<String, Object> doc = MiniJson.object(json.out());
        assertThat(doc).containsEntry("inSync", false).containsEntry("notes", List.of());
        List<Map<String, Object>> differences = MiniJson.objects(doc.get("differences"));
        assertThat(differences).extracting(d -> d.get("message")).containsExactlyElementsOf(expected);
        assertThat(differences).extracting(d -> d.get("kind"))
                .containsExactly("table_missing", "index_extra", "column_differs", "column_differs");
        assertThat(differences.get(1)).containsEntry("table", "alerts").containsEntry("object", ODD_INDEX)
                .containsEntry("entity", null).containsEntry("database", "(message)");
        assertThat(differences.get(3)).containsEntry("table", "vessels_latest").containsEntry("object", "name")
                .containsEntry("entity", "varchar(128) NULL").containsEntry("database", "varchar(64) NOT NULL")
                .containsEntry("aspects", List.of("type", "nullable"));
        assertThat(differences.get(2)).containsEntry("aspects", List.of("nullable"));
        // what the migration that fixes each would risk: only making latitude NOT NULL can fail
        assertThat(differences).extracting(d -> d.get("risks"))
                .containsExactly(List.of(), List.of(), List.of("not_null_added"), List.of());

        Run github = run("check", "--format", "github");
        assertThat(github.code()).isEqualTo(1);
        List<String> lines = github.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 4)).containsExactly(
                "::error title=Schema drift::" + expected.get(0),
                "::error title=Schema drift::" + expected.get(1).replace("%", "%25"),
                "::error title=Schema drift::" + expected.get(2),
                "::error title=Schema drift::" + expected.get(3));
        assertThat(lines.get(4)).startsWith("Schema drift: 4 differences").doesNotStartWith("::");

        assertThat(Files.readAllBytes(dir.resolve("app.db"))).as("check writes nothing").isEqualTo(before);
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseBehindHeadIsSaidAndStillCompared() throws Exception {
        Run gen = run("autogenerate", "-m", "initial schema");
        assertThat(gen.code()).as(gen.err()).isZero();
        String head = gen.out().replaceAll("(?s).*\\(revision ([0-9a-f]{12})\\).*", "$1");

        Run text = run("check");
        assertThat(text.code()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).startsWith("note: the database is not at head: it is at <base>, the migrations' head is "
                + head + "; the differences below are relative to the live schema")
                .contains("table vessels_latest: in the entities, not in the database");

        Map<String, Object> doc = MiniJson.object(run("check", "--format", "json").out());
        assertThat(doc).containsEntry("databaseRevisions", List.of()).containsEntry("heads", List.of(head))
                .containsEntry("atHead", false);
        assertThat(text.out().lines().toList()).last().isEqualTo("Apply the pending migrations with `retort upgrade head`"
                + " and check again; then write a migration for what remains with `retort autogenerate -m \"MESSAGE\"`.");
        assertThat((List<?>) doc.get("notes")).singleElement().asString().contains("not at head");

        List<String> github = run("check", "--format", "github").out().lines().toList();
        assertThat(github.get(0)).startsWith("::warning title=Schema check::the database is not at head");
        assertThat(github).filteredOn(l -> l.startsWith("::error title=Schema drift::")).hasSize(3);

        assertThat(run("upgrade", "head").code()).isZero();
        assertThat(run("check").code()).isZero();
    }

    @Test
    void offlineComparesWithTheMigrationsWithoutADatabase() throws Exception {
        // no URL anywhere: the migrations are written and checked offline with SQLite's rules
        Files.writeString(dir.resolve("retort.properties"), PROPERTIES.replace("url=jdbc:sqlite:app.db\n", ""));
        Run gen = run("autogenerate", "--offline", "-m", "initial schema");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("note: no database URL is configured", "+ table alerts", "Generated ");

        Run inSync = run("check", "--offline");
        assertThat(inSync.code()).as(inSync.err()).isZero();
        assertThat(inSync.out()).contains("No drift: the entities and the migrations (replayed offline) agree");
        assertThat(run("autogenerate", "--offline", "-m", "again").out()).contains("No changes detected");

        // a hand-written revision the entities do not know about
        Path manual = writeMigration("0000000000aa", head(), "op.createIndex(\"alerts\", index(\"ix_alerts_message\", \"message\"));");
        Run drift = run("check", "--offline", "--format", "json");
        assertThat(drift.code()).as(drift.err()).isEqualTo(1);
        Map<String, Object> doc = MiniJson.object(drift.out());
        assertThat(doc).containsEntry("offline", true).containsEntry("databaseRevisions", null).containsEntry("atHead", null)
                .containsEntry("heads", List.of("0000000000aa"));
        assertThat(MiniJson.objects(doc.get("differences"))).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("kind", "index_extra").containsEntry("message",
                        "index ix_alerts_message on alerts (message): in the migrations, not in the entities"));
        assertThat(dir.resolve("app.db")).doesNotExist();

        // raw SQL cannot be replayed: said, not guessed
        Files.delete(manual);
        writeMigration("0000000000bb", head(), "op.execute(\"CREATE INDEX ix_alerts_message ON alerts (message)\");");
        Run raw = run("check", "--offline");
        assertThat(raw.code()).as(raw.err()).isZero();
        assertThat(raw.out()).contains("note: revision 0000000000bb runs raw SQL (op.execute) that cannot be replayed;"
                + " its effect is not in the offline schema");
        Run rawGithub = run("check", "--offline", "--format", "github");
        assertThat(rawGithub.out()).contains("::warning title=Schema check::revision 0000000000bb runs raw SQL", "::notice::");
    }

    @Test
    void autogenerateOfflineFollowsTheEntitiesAcrossRevisionsAndTheDatabaseAgrees() throws Exception {
        String testClasses = Path.of("target/test-classes").toAbsolutePath().toString();
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:sqlite:app.db\n");
        String[] v1 = {"--classpath", testClasses, "--entities", "dev.retort.fixtures.evolution.v1"};
        String[] v2 = {"--classpath", testClasses, "--entities", "dev.retort.fixtures.evolution.v2"};
        assertThat(run(concat(v1, "autogenerate", "--offline", "-m", "customers")).code()).isZero();
        Run second = run(concat(v2, "autogenerate", "--offline", "-m", "evolve customers"));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("+ table purchase_orders", "- column customers.legacy_code",
                "~ column customers.name", "+ index ix_customers_email");
        assertThat(dir.resolve("app.db")).as("offline opens no database").doesNotExist();
        assertThat(run(concat(v2, "check", "--offline")).code()).isZero();
        assertThat(run(concat(v1, "check", "--offline")).code()).isEqualTo(1);

        // what offline wrote is what a real upgrade gives
        assertThat(run(concat(v2, "upgrade", "head")).code()).isZero();
        Run online = run(concat(v2, "check"));
        assertThat(online.code()).as(online.out() + online.err()).isZero();
    }

    @Test
    void errorsExitTwoOrMoreAndWriteNothing() throws Exception {
        Run badFormat = run("check", "--format", "yaml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("'yaml' is not a format; use text, json or github");

        Run missingFile = run("--url", "jdbc:sqlite:nowhere.db", "check");
        assertThat(missingFile.code()).isGreaterThanOrEqualTo(2);
        assertThat(missingFile.err()).contains("nowhere.db does not exist", "check --offline").doesNotContain("\tat ");
        assertThat(missingFile.out()).isEmpty();
        assertThat(dir.resolve("nowhere.db")).doesNotExist();

        Files.writeString(dir.resolve("retort.properties"), PROPERTIES.replace("url=jdbc:sqlite:app.db\n", ""));
        Run noUrl = run("check", "--format", "json");
        assertThat(noUrl.code()).isGreaterThanOrEqualTo(2);
        assertThat(noUrl.err()).contains("No database URL");
        assertThat(noUrl.out()).isEmpty();

        // a migration that changes a table no earlier migration created cannot be replayed
        writeMigration("0000000000cc", null, "op.addColumn(\"ghosts\", column(\"boo\", integer()));");
        Run broken = run("check", "--offline");
        assertThat(broken.code()).isGreaterThanOrEqualTo(2);
        assertThat(broken.err()).contains("Cannot replay revision 0000000000cc", "ghosts");
    }

    @Test
    void twoHeadsAreBothReplayedButAutogenerateOfflineNeedsOne() throws Exception {
        assertThat(run("autogenerate", "--offline", "-m", "initial schema").code()).isZero();
        String base = head();
        writeMigration("0000000000d1", base, "op.createIndex(\"alerts\", index(\"ix_alerts_message\", \"message\"));");
        writeMigration("0000000000d2", base, "op.dropIndex(\"alerts\", index(\"ix_alerts_type\", \"type\"));");

        Run check = run("check", "--offline");
        assertThat(check.code()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("note: the migrations have 2 heads (0000000000d1, 0000000000d2); the offline"
                        + " schema is that of `retort upgrade heads`",
                "index ix_alerts_message on alerts (message): in the migrations, not in the entities",
                "index ix_alerts_type on alerts (type): in the entities, not in the migrations");

        Run generate = run("autogenerate", "--offline", "-m", "more");
        assertThat(generate.code()).isGreaterThanOrEqualTo(2);
        assertThat(generate.err()).contains("Multiple heads");
    }

    @Test
    void helpListsCheck() {
        assertThat(run("--help").out()).contains("check");
        Run help = run("check", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--offline", "--format", "0 in sync, 1 when they drift");
    }

    private String head() throws Exception {
        Run heads = run("heads");
        assertThat(heads.code()).as(heads.err()).isZero();
        return heads.out().substring(0, 12);
    }

    /** A hand-written migration revising {@code parent} (none when null) whose upgrade is {@code body}. */
    private Path writeMigration(String id, String parent, String body) throws Exception {
        String name = "M20260101_000000_manual_" + id;
        Path file = dir.resolve("migrations").resolve(name + ".java");
        Files.writeString(file, "import static dev.retort.migration.Schema.*;\n\n"
                + "import dev.retort.migration.Migration;\nimport dev.retort.migration.Operations;\n"
                + "import dev.retort.migration.Revision;\n\n"
                + "@Revision(id = \"" + id + "\", revises = {" + (parent == null ? "" : "\"" + parent + "\"")
                + "}, created = \"2026-01-01 00:00:00\", message = \"manual\")\n"
                + "public final class " + name + " implements Migration {\n"
                + "    @Override\n    public void upgrade(Operations op) {\n        " + body + "\n    }\n\n"
                + "    @Override\n    public void downgrade(Operations op) {\n    }\n}\n");
        return file;
    }

    private static String[] concat(String[] first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }

    /** The guides' steps where the old advice led into a wall: two heads, and a stamp on an empty database. */
    @Test
    void withTwoHeadsTheAdviceIsToMergeThem() {
        String initial = upToDate();
        assertThat(run("revision", "-m", "left").code()).isZero();
        assertThat(run("revision", "-m", "right", "--head", initial, "--splice").code()).isZero();
        assertThat(run("downgrade", "base").code()).isZero();
        Run check = run("check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("the migrations have 2 heads").contains("retort merge heads -m \"merge\"")
                .doesNotContain("Apply the pending migrations with `retort upgrade head`");
        assertThat(run("merge", "heads", "-m", "merge").code()).isZero();
        assertThat(run("upgrade", "head").code()).isZero();
        assertThat(run("check").code()).isZero();
    }

    @Test
    void aStampThatDoesNotMatchTheSchemaIsExplained() {
        upToDate();
        assertThat(run("downgrade", "base").code()).isZero();
        assertThat(run("stamp", "head").code()).isZero();
        Run check = run("check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("the database is recorded at head", "version table does not tell what it holds")
                .contains("retort stamp base", "retort upgrade head").doesNotContain("retort autogenerate");
        assertThat(run("stamp", "base").code()).isZero();
        assertThat(run("upgrade", "head").code()).isZero();
        assertThat(run("check").code()).isZero();
    }
}
