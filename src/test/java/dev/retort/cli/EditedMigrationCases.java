package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An applied migration edited afterwards, through the real command line on a real database: {@code upgrade}
 * refuses and changes nothing, {@code current -v}, {@code history -i} and {@code check} name it, {@code upgrade
 * --allow-edited} accepts it; an edit of formatting, comments or line endings is no edit; a stamped database and a
 * database from before checksums raise no alarm. Run on SQLite ({@link EditedMigrationTest}) and PostgreSQL
 * ({@link EditedMigrationIT}).
 */
abstract class EditedMigrationCases {
    static final String ENTITIES = "classpath=target/classes\nentities=dev.retort.sample.vessels\n"
            + "hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n";

    @TempDir
    Path dir;

    /** A project on a fresh database with the sample vessels entities ({@link #ENTITIES}). */
    abstract CliSession session(Path dir) throws Exception;

    private CliSession applied() throws Exception {
        JavaSources.sampleEntities(dir.resolve("target/classes"));
        CliSession s = session(dir);
        CliSession.Run gen = s.run("autogenerate", "-m", "initial schema");
        assertThat(gen.code()).as(gen.err()).isZero();
        CliSession.Run up = s.run("upgrade", "head");
        assertThat(up.code()).as(up.err()).isZero();
        return s;
    }

    private static Path migration(CliSession s) throws Exception {
        try (var files = Files.list(s.migrations())) {
            return files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
        }
    }

    private static void editLength(Path file) throws Exception {
        String source = Files.readString(file);
        assertThat(source).contains("varchar(1000)");
        Files.writeString(file, source.replace("varchar(1000)", "varchar(999)"));
    }

    private static List<String> checksums(CliSession s) throws Exception {
        return s.query("SELECT version_num || ' ' || normalization || ' ' || checksum FROM retort_version_checksums");
    }

    @Test
    void anEditedAppliedMigrationIsRefusedNamedAndAcceptedOnlyWhenAsked() throws Exception {
        CliSession s = applied();
        Path file = migration(s);
        String revision = s.query("SELECT version_num FROM retort_version").get(0);
        List<String> recorded = checksums(s);
        assertThat(recorded).singleElement().asString().startsWith(revision + " 1 ").matches(".* [0-9a-f]{64}");
        assertThat(s.run("check").code()).isZero();

        editLength(file);
        String before = s.query("SELECT version_num FROM retort_version") + " " + checksums(s);
        CliSession.Run refused = s.run("upgrade", "head");
        assertThat(refused.code()).as(refused.out()).isGreaterThanOrEqualTo(2);
        assertThat(refused.err()).contains(revision).contains(file.getFileName().toString())
                .contains("edited after it was applied").contains("--allow-edited").contains("Nothing was run")
                .doesNotContain("\tat ");
        assertThat(s.query("SELECT version_num FROM retort_version") + " " + checksums(s)).isEqualTo(before);

        CliSession.Run current = s.run("current", "-v");
        assertThat(current.code()).isZero();
        assertThat(current.out()).contains("Checksum: EDITED").contains("Edited after being applied").contains(revision);
        CliSession.Run plain = s.run("current");
        assertThat(plain.out().strip()).as("plain current stays a cheap query").isEqualTo(revision + " (head)");
        assertThat(plain.err()).isEmpty();
        assertThat(s.run("history", "-i").out()).contains(revision + " (head) (current) (edited since applied)");
        assertThat(s.run("history").out()).doesNotContain("edited");

        CliSession.Run check = s.run("check");
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out()).contains("No schema drift, but 1 applied migration was edited after being applied")
                .contains("migration " + revision).contains("--allow-edited");
        CliSession.Run json = s.run("check", "--format", "json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.out()).contains("\"inSync\": false").contains("\"edited\": [\n    {\"revision\": \"" + revision + "\"");

        CliSession.Run accepted = s.run("upgrade", "head", "--allow-edited");
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("Accepted (--allow-edited): " + revision);
        assertThat(checksums(s)).singleElement().isNotEqualTo(recorded.get(0));
        CliSession.Run again = s.run("upgrade", "head");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("Accepted");
        assertThat(s.run("current", "-v").out()).contains("Checksum: matches");
        assertThat(s.run("check").code()).isZero();

        CliSession.Run down = s.run("downgrade", "base");
        assertThat(down.code()).as(down.err()).isZero();
        assertThat(checksums(s)).isEmpty();
    }

    @Test
    void formattingCommentsAndLineEndingsAreNoEdit() throws Exception {
        CliSession s = applied();
        Path file = migration(s);
        String source = Files.readString(file);
        String reformatted = source.replace("    ", "\t").replace("op.", "/* reviewed */ op .")
                .replace(";\n", "; // checked by hand\n\n").replace("\n", "\r\n");
        Files.writeString(file, reformatted);
        CliSession.Run up = s.run("upgrade", "head");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(s.run("current", "-v").out()).contains("Checksum: matches");
        assertThat(s.run("check").code()).isZero();
    }

    @Test
    void aStampedDatabaseAndOneFromBeforeChecksumsRaiseNoAlarm() throws Exception {
        CliSession s = applied();
        Path file = migration(s);
        s.query("SELECT 1 FROM retort_version_checksums");
        try (var c = s.connect(); var st = c.createStatement()) {
            st.execute("DROP TABLE retort_version_checksums");
        }
        editLength(file);
        CliSession.Run up = s.run("upgrade", "head");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(s.run("current", "-v").out()).contains("Checksum: not recorded");
        assertThat(s.run("check").code()).isZero();

        assertThat(s.run("stamp", "base").code()).isZero();
        assertThat(s.run("stamp", "head").code()).isZero();
        assertThat(checksums(s)).isEmpty();
        Files.writeString(file, Files.readString(file).replace("varchar(999)", "varchar(998)"));
        CliSession.Run again = s.run("upgrade", "head");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(s.run("current", "-v").out()).contains("Checksum: not recorded");
    }

    @Test
    void anOfflineScriptRecordsTheSameChecksums() throws Exception {
        CliSession s = applied();
        List<String> online = checksums(s);
        CliSession.Run sql = s.run("upgrade", "head", "--sql");
        assertThat(sql.code()).as(sql.err()).isZero();
        String checksum = online.get(0).substring(online.get(0).lastIndexOf(' ') + 1);
        assertThat(sql.out()).contains("CREATE TABLE IF NOT EXISTS").contains("retort_version_checksums")
                .contains("'" + checksum + "'");
    }
}
