package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterTableComment;
import dev.retort.testing.MigrationBodies;
import dev.retort.testing.Projects;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differ scenario 64: the comments of {@code fixtures.comments.v1} are created with their tables, and v2 adds,
 * changes and removes table and column comments. A database that keeps comments gets exactly one comment op each,
 * upgrades to a database that matches v2, and downgrades back to v1's comments; a database that keeps none
 * (SQLite) must not find the entities changed, after the upgrade nor when only their comments change. Each
 * database runs it in a subclass ({@link SqliteCommentsTest}, {@link PostgresCommentsIT},
 * {@link MariaDbCommentsIT}).
 */
abstract class CommentsCases {
    static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    Path dir;

    /** The database the cases run on; whether it keeps comments is whether its comparison compares them. */
    abstract TestDatabase database();

    /**
     * The comment of {@code table}, or of its {@code column} when there is one, as the database's own catalog holds
     * it: null for none. Fails when there is no such table or column.
     */
    abstract String storedComment(Connection c, String table, Optional<String> column) throws SQLException;

    /** The comments of v1, null for an object without one. */
    static Map<String, String> v1Comments() {
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("berths", "Quay positions");
        comments.put("berths.code", null);
        comments.put("ports", null);
        comments.put("ports.name", "Harbour name");
        comments.put("vessels", "Ships we track");
        comments.put("vessels.id", "MMSI");
        comments.put("vessels.callsign", "Radio call sign");
        comments.put("vessels.flag", null);
        comments.put("vessels.master", "Master's name, as \"signed\" in the log");
        comments.put("vessels.name", "Registered name");
        return comments;
    }

    /** The comments of v2. */
    static Map<String, String> v2Comments() {
        Map<String, String> comments = v1Comments();
        comments.put("berths", null);
        comments.put("ports", "Harbours");
        comments.put("vessels", "Every ship we have seen; one row per MMSI");
        comments.put("vessels.callsign", null);
        comments.put("vessels.flag", "ISO 3166 code, as the flag state writes it");
        comments.put("vessels.name", "Name as registered");
        return comments;
    }

    @Test
    void commentsAreKeptChangedAndRestoredWithoutFalsePositives() throws Exception {
        boolean keepsComments = database().comparison().comments();
        RetortConfig v1 = database().project(dir, CLASSES, "dev.retort.fixtures.comments.v1", Map.of());
        Retort r1 = Projects.retort(v1);
        String first = Files.readString(r1.autogenerate("ships and ports").file().orElseThrow());
        // the migration keeps the comments on any database, so it gives them to a database that has comments
        assertThat(first).contains("comment(\"Ships we track\")", "column(\"id\", bigint()).notNull().comment(\"MMSI\")",
                ".comment(\"Radio call sign\")", ".comment(\"Master's name, as \\\"signed\\\" in the log\")");
        r1.upgrade("head", line -> { });

        Map<String, String> v1Kept = keepsComments ? v1Comments() : withoutComments(v1Comments());
        assertThat(storedComments(v1, v1Kept.keySet())).isEqualTo(v1Kept);
        SchemaModel before = r1.databaseModel();
        assertThat(before.tableNames()).containsExactly("berths", "ports", "vessels");
        assertThat(commentsIn(before)).isEqualTo(withoutNulls(v1Kept));
        assertThat(r1.autogenerate("again").hasChanges()).isFalse();

        Retort r2 = Projects.retort(Projects.withEntities(v1, "dev.retort.fixtures.comments.v2"));
        SchemaDiffer differ = new SchemaDiffer(database().comparison());
        if (!keepsComments) {
            assertThat(differ.diff(r2.entityModel(), before).ops()).isEmpty();
            assertThat(r2.autogenerate("reword comments").hasChanges()).isFalse();
            return;
        }
        Table vessels = before.table("vessels").orElseThrow();
        Column callsign = vessels.column("callsign").orElseThrow();
        Column flag = vessels.column("flag").orElseThrow();
        Column name = vessels.column("name").orElseThrow();
        assertThat(differ.diff(r2.entityModel(), before).ops()).containsExactly(
                new AlterTableComment("berths", Optional.of("Quay positions"), Optional.empty()),
                new AlterTableComment("ports", Optional.empty(), Optional.of("Harbours")),
                new AlterColumn("vessels", callsign, callsign.withComment(Optional.empty())),
                new AlterColumn("vessels", flag, flag.withComment(Optional.of("ISO 3166 code, as the flag state writes it"))),
                new AlterColumn("vessels", name, name.withComment(Optional.of("Name as registered"))),
                new AlterTableComment("vessels", Optional.of("Ships we track"),
                        Optional.of("Every ship we have seen; one row per MMSI")));

        Results.Generated generated = r2.autogenerate("reword comments");
        assertThat(generated.changes()).hasSize(6);
        String source = Files.readString(generated.file().orElseThrow());
        assertThat(MigrationBodies.callsIn(source, "upgrade")).containsExactly(
                "op.alterTableComment(\"berths\"",
                "op.alterTableComment(\"ports\"",
                "op.alterColumn(\"vessels\"",
                "op.alterColumn(\"vessels\"",
                "op.alterColumn(\"vessels\"",
                "op.alterTableComment(\"vessels\"");
        assertThat(source).contains("op.alterTableComment(\"berths\", \"Quay positions\", null);",
                "op.alterTableComment(\"ports\", null, \"Harbours\");",
                "column(\"callsign\", varchar(7)).comment(\"Radio call sign\"), column(\"callsign\", varchar(7)));");

        r2.upgrade("head", line -> { });
        assertThat(storedComments(v1, v2Comments().keySet())).isEqualTo(v2Comments());
        assertThat(r2.autogenerate("again").hasChanges()).isFalse();

        r2.downgrade("-1", line -> { });
        assertThat(r2.databaseModel()).isEqualTo(before);
        assertThat(storedComments(v1, v1Comments().keySet())).isEqualTo(v1Comments());
        assertThat(differ.diff(r1.entityModel(), r2.databaseModel()).ops()).isEmpty();
    }

    /** {@code table} or {@code table.column} → its {@link #storedComment} (null for none). */
    Map<String, String> storedComments(RetortConfig config, Collection<String> objects) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = TestDatabase.connect(config)) {
            for (String object : objects) {
                int dot = object.indexOf('.');
                out.put(object, dot < 0 ? storedComment(c, object, Optional.empty())
                        : storedComment(c, object.substring(0, dot), Optional.of(object.substring(dot + 1))));
            }
        }
        return out;
    }

    /** Every table's and column's comment in {@code model}, by {@code table} and {@code table.column}. */
    static Map<String, String> commentsIn(SchemaModel model) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Table t : model.tables()) {
            t.comment().ifPresent(c -> out.put(t.name(), c));
            for (Column c : t.columns()) {
                c.comment().ifPresent(comment -> out.put(t.name() + "." + c.name(), comment));
            }
        }
        return out;
    }

    private static Map<String, String> withoutComments(Map<String, String> comments) {
        Map<String, String> out = new LinkedHashMap<>();
        comments.keySet().forEach(object -> out.put(object, null));
        return out;
    }

    private static Map<String, String> withoutNulls(Map<String, String> comments) {
        Map<String, String> out = new LinkedHashMap<>(comments);
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }
}
