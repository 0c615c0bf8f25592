package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterTableComment;
import dev.retort.testing.MigrationBodies;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differ scenario 64 on PostgreSQL: comments of {@code fixtures.comments.v1} are created with their tables and
 * land in {@code pg_description}; v2 adds, changes and removes table and column comments, which autogenerates
 * exactly one comment op each, upgrades to a database that matches v2, and downgrades back to v1's comments.
 */
class PostgresCommentsIT {
    @TempDir
    Path dir;

    @Test
    void commentsAreCreatedChangedRemovedAndRestored() throws Exception {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        RetortConfig v1 = Projects.postgres(dir, classes, "dev.retort.fixtures.comments.v1", Map.of());
        Retort r1 = Projects.retort(v1);
        String first = Files.readString(r1.autogenerate("ships and ports").file().orElseThrow());
        assertThat(first).contains("comment(\"Ships we track\")", "column(\"id\", bigint()).notNull().comment(\"MMSI\")",
                ".comment(\"Master's name, as \\\"signed\\\" in the log\")");
        r1.upgrade("head", line -> { });

        Map<String, String> v1Comments = new LinkedHashMap<>();
        v1Comments.put("berths", "Quay positions");
        v1Comments.put("berths.code", null);
        v1Comments.put("ports", null);
        v1Comments.put("ports.name", "Harbour name");
        v1Comments.put("vessels", "Ships we track");
        v1Comments.put("vessels.id", "MMSI");
        v1Comments.put("vessels.callsign", "Radio call sign");
        v1Comments.put("vessels.flag", null);
        v1Comments.put("vessels.master", "Master's name, as \"signed\" in the log");
        v1Comments.put("vessels.name", "Registered name");
        assertThat(comments(v1, v1Comments.keySet())).isEqualTo(v1Comments);
        assertThat(r1.autogenerate("again").hasChanges()).isFalse();
        SchemaModel before = r1.databaseModel();
        assertThat(before.table("vessels").orElseThrow().comment()).contains("Ships we track");

        RetortConfig v2 = Projects.withEntities(v1, "dev.retort.fixtures.comments.v2");
        Retort r2 = Projects.retort(v2);
        Table vessels = before.table("vessels").orElseThrow();
        Column callsign = vessels.column("callsign").orElseThrow();
        Column flag = vessels.column("flag").orElseThrow();
        Column name = vessels.column("name").orElseThrow();
        assertThat(new SchemaDiffer(DiffOptions.STRICT).diff(r2.entityModel(), before).ops()).containsExactly(
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
        Map<String, String> v2Comments = new LinkedHashMap<>(v1Comments);
        v2Comments.put("berths", null);
        v2Comments.put("ports", "Harbours");
        v2Comments.put("vessels", "Every ship we have seen; one row per MMSI");
        v2Comments.put("vessels.callsign", null);
        v2Comments.put("vessels.flag", "ISO 3166 code, as the flag state writes it");
        v2Comments.put("vessels.name", "Name as registered");
        assertThat(comments(v1, v2Comments.keySet())).isEqualTo(v2Comments);
        assertThat(r2.autogenerate("again").hasChanges()).isFalse();

        r2.downgrade("-1", line -> { });
        assertThat(r2.databaseModel()).isEqualTo(before);
        assertThat(comments(v1, v1Comments.keySet())).isEqualTo(v1Comments);
        assertThat(new SchemaDiffer(DiffOptions.STRICT).diff(r1.entityModel(), r2.databaseModel()).ops()).isEmpty();
    }

    /** {@code table} or {@code table.column} → its comment in {@code pg_description} (null for none). */
    private static Map<String, String> comments(RetortConfig config, Iterable<String> objects) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow()); Statement st = c.createStatement()) {
            for (String object : objects) {
                int dot = object.indexOf('.');
                String sql = dot < 0
                        ? "SELECT obj_description('" + object + "'::regclass, 'pg_class')"
                        : "SELECT col_description('" + object.substring(0, dot) + "'::regclass, a.attnum)"
                                + " FROM pg_attribute a WHERE a.attrelid = '" + object.substring(0, dot) + "'::regclass"
                                + " AND a.attname = '" + object.substring(dot + 1) + "'";
                try (ResultSet rs = st.executeQuery(sql)) {
                    assertThat(rs.next()).as(object + " exists").isTrue();
                    out.put(object, rs.getString(1));
                }
            }
        }
        return out;
    }
}
