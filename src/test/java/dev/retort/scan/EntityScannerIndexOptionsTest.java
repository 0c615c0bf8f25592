package dev.retort.scan;

import static dev.retort.scan.Fixtures.SQLITE;
import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @IndexOptions} on the {@code fixtures.indexoptions} entities, and its errors. */
class EntityScannerIndexOptionsTest {

    private static final Optional<String> TOTAL = Optional.empty();

    @Test
    void ginOnJsonbAndArrayColumnsAndAPartialIndexOnPostgres() {
        Table incidents = table(Fixtures.postgres("indexoptions"), "incidents");

        assertThat(incidents.indexes()).containsExactly(
                new Index("ix_incidents_created_at", List.of("created_at"), false),
                new Index("ix_incidents_metadata", List.of("metadata"), false, "gin", TOTAL),
                new Index("ix_incidents_open", List.of("status"), false, "", Optional.of("deleted_at IS NULL")),
                new Index("ix_incidents_tags", List.of("tags"), false, "gin", TOTAL));
        assertThat(column(incidents, "metadata").type()).isEqualTo(ColumnType.of(TypeKind.JSONB));
        assertThat(column(incidents, "tags").type()).isEqualTo(ColumnType.other("text[]"));
    }

    @Test
    void sqliteKeepsTheOptionsAndMatchesTheNameWithoutRegardToCase() {
        Table incidents = table(Fixtures.sqlite("indexoptions"), "incidents");

        assertThat(incidents.indexes()).containsExactly(
                new Index("IX_Incidents_Open", List.of("status"), false, "", Optional.of("deleted_at IS NULL")),
                new Index("ix_incidents_created_at", List.of("created_at"), false),
                new Index("ix_incidents_metadata", List.of("metadata"), false, "gin", TOTAL),
                new Index("ix_incidents_tags", List.of("tags"), false, "gin", TOTAL));
    }

    @Test
    void refinedUniqueIndexesBecomePartialUniqueIndexesAndTheOtherStaysAUniqueIndex() {
        for (SchemaModel model : List.of(Fixtures.postgres("indexoptions"), Fixtures.sqlite("indexoptions"))) {
            Table members = table(model, "members");

            assertThat(members.indexes()).containsExactly(
                    new Index("ux_members_badge", List.of("badge"), true),
                    new Index("ux_members_email", List.of("email"), true, "", Optional.of("deleted_at IS NULL")),
                    new Index("ux_members_org_id_handle", List.of("org_id", "handle"), true, "",
                            Optional.of("handle IS NOT NULL")));
            assertThat(members.uniqueConstraints()).isEmpty();
        }
    }

    @Test
    void optionsOnAMappedSuperclassReachTheEntityThatHasTheIndex() {
        SchemaModel model = Fixtures.postgres("indexoptions");

        assertThat(table(model, "tasks").indexes())
                .containsExactly(new Index("ix_tasks_events", List.of("events"), false, "gin", TOTAL));
        assertThat(table(model, "tasks").column("events").orElseThrow().type())
                .isEqualTo(ColumnType.other("character varying(255)[]"));
        assertThat(table(model, "crews").indexes()).isEmpty();
    }

    @Test
    void anIndexOfASecondaryTableCanBeRefined(@TempDir Path dir) {
        SchemaModel model = scan(dir, """
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "incidents")
                @jakarta.persistence.SecondaryTable(name = "incident_notes", indexes = @jakarta.persistence.Index(
                        name = "ix_incident_notes_body", columnList = "body"))
                @dev.retort.annotations.IndexOptions(index = "IX_INCIDENT_NOTES_BODY", using = "Gist")
                public class Incident {
                    @jakarta.persistence.Id
                    private long id;
                    @jakarta.persistence.Column(table = "incident_notes")
                    private String body;
                }
                """);
        assertThat(table(model, "incident_notes").indexes())
                .containsExactly(new Index("ix_incident_notes_body", List.of("body"), false, "gist", TOTAL));
        assertThat(table(model, "incidents").indexes()).isEmpty();
    }

    @Test
    void anUnknownIndexNameNamesTheEntityTheIndexAndTheFix(@TempDir Path dir) {
        RetortException e = scanFailure(dir, """
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "incidents", indexes = {
                        @jakarta.persistence.Index(name = "ix_incidents_status", columnList = "status"),
                        @jakarta.persistence.Index(name = "ux_incidents_code", columnList = "code", unique = true)})
                @dev.retort.annotations.IndexOptions(index = "ix_incidents_metadata", using = "gin")
                public class Incident {
                    @jakarta.persistence.Id
                    private long id;
                    private String status;
                    private String code;
                }
                """);
        assertThat(e.getMessage())
                .startsWith("Entity gen.opts.Incident has @IndexOptions(index = \"ix_incidents_metadata\"), but its"
                        + " table incidents has no index of that name (indexes: ix_incidents_status,"
                        + " ux_incidents_code).")
                .contains("@Table(indexes = @Index(name = \"ix_incidents_metadata\", columnList = \"...\"))");
    }

    @Test
    void anIndexOnlyAnotherEntityHasIsNotFound(@TempDir Path dir) {
        RetortException e = scanFailure(dir, """
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "incidents")
                @dev.retort.annotations.IndexOptions(index = "ix_other_flag", using = "gin")
                public class Incident {
                    @jakarta.persistence.Id
                    private long id;
                }
                """, """
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "other", indexes = @jakarta.persistence.Index(
                        name = "ix_other_flag", columnList = "flag"))
                public class Other {
                    @jakarta.persistence.Id
                    private long id;
                    private boolean flag;
                }
                """);
        assertThat(e.getMessage()).contains("gen.opts.Incident").contains("ix_other_flag")
                .contains("(there are no indexes)");
    }

    @Test
    void twoDifferentOptionsForOneIndexAreRefused(@TempDir Path dir) {
        RetortException e = scanFailure(dir, """
                @jakarta.persistence.MappedSuperclass
                @dev.retort.annotations.IndexOptions(index = "ix_incidents_status", using = "hash")
                public abstract class Base {
                    private String status;
                }
                """, """
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "incidents", indexes = @jakarta.persistence.Index(
                        name = "ix_incidents_status", columnList = "status"))
                @dev.retort.annotations.IndexOptions(index = "ix_incidents_status", where = "status <> 'done'")
                public class Incident extends Base {
                    @jakarta.persistence.Id
                    private long id;
                }
                """);
        assertThat(e.getMessage()).isEqualTo("Index ix_incidents_status of table incidents is given two different"
                + " @IndexOptions: (using = \"hash\") on gen.opts.Base and (where = \"status <> 'done'\") on"
                + " gen.opts.Incident. Keep one of them.");
    }

    @Test
    void aMethodMustBeOneWord(@TempDir Path dir) {
        RetortException e = scanFailure(dir, """
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "incidents", indexes = @jakarta.persistence.Index(
                        name = "ix_incidents_metadata", columnList = "metadata"))
                @dev.retort.annotations.IndexOptions(index = "ix_incidents_metadata", using = "gin (metadata)")
                public class Incident {
                    @jakarta.persistence.Id
                    private long id;
                    private String metadata;
                }
                """);
        assertThat(e.getMessage()).contains("gen.opts.Incident").contains("using = \"gin (metadata)\"")
                .contains("not an index method");
    }

    @Test
    void optionsThatChangeNothingAreRefused(@TempDir Path dir) {
        RetortException e = scanFailure(dir, """
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "incidents", indexes = @jakarta.persistence.Index(
                        name = "ix_incidents_status", columnList = "status"))
                @dev.retort.annotations.IndexOptions(index = "ix_incidents_status", using = " ", where = "")
                public class Incident {
                    @jakarta.persistence.Id
                    private long id;
                    private String status;
                }
                """);
        assertThat(e.getMessage()).contains("gen.opts.Incident").contains("sets neither using nor where");
    }

    /** Compiles each source (a class in package gen.opts) and scans it on SQLite. */
    private static SchemaModel scan(Path dir, String... sources) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (String source : sources) {
            String name = source.replaceAll("(?s).*?public (?:abstract )?class (\\w+).*", "$1");
            byName.put("gen.opts." + name, "package gen.opts;\n\n" + source);
        }
        Path classes = JavaSources.compile(dir.resolve("classes"), byName);
        return new EntityScanner().scan(ScanRequest.of(List.of(classes), List.of("gen.opts"), SQLITE, Fixtures.KEEP));
    }

    /** {@link #scan}, expecting a scan error. */
    private static RetortException scanFailure(Path dir, String... sources) {
        Throwable thrown = catchThrowable(() -> scan(dir, sources));
        assertThat(thrown).isInstanceOf(RetortException.class);
        RetortException e = (RetortException) thrown;
        assertThat(e.code()).isEqualTo(ErrorCode.SCAN);
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }
}
