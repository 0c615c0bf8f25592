package dev.retort.scan;

import static dev.retort.scan.Fixtures.POSTGRES;
import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sequences, named enum types and schemas of the {@code fixtures.pgobjects} entities on PostgreSQL. */
class EntityScannerPostgresObjectsTest {

    private static SchemaModel model;

    @BeforeAll
    static void scan() {
        model = Fixtures.postgres("pgobjects");
    }

    @Test
    void tablesInTheDefaultSchemaArePlainAndOthersAreQualified() {
        assertThat(model.tableNames()).containsExactly("audit.auditlog", "dispatches", "organizations", "webhooks");
    }

    @Test
    void foreignKeysReferToTheQualifiedName() {
        assertThat(table(model, "dispatches").foreignKeys()).containsExactly(
                new ForeignKey(Optional.empty(), List.of("audit_id"), "audit.auditlog", List.of("id"),
                        ReferentialAction.NO_ACTION),
                new ForeignKey(Optional.empty(), List.of("organization_id"), "organizations", List.of("id"),
                        ReferentialAction.NO_ACTION));
    }

    @Test
    void sequencesCarryStartAndAllocationSize() {
        assertThat(model.sequences()).containsExactly(
                new Sequence("audit.audit_log_ids", 1, 1),
                new Sequence("organizations_seq", 1, 50), // AUTO: <table>_SEQ, not <entity>_SEQ
                new Sequence("webhook_ids", 1000, 50));
    }

    @Test
    void namedEnumsBecomeEnumTypesWithHibernatesLabelOrder() {
        // NAMED_ENUM: Hibernate sorts the labels; NAMED_ORDINAL_ENUM: declaration order, as ordinals need
        assertThat(model.enumTypes()).containsExactly(
                new EnumType("phase", List.of("QUEUED", "EN_ROUTE", "ON_SCENE", "CLOSED")),
                new EnumType("priority", List.of("CRITICAL", "HIGH", "LOW", "MEDIUM")));
        Table dispatches = table(model, "dispatches");
        assertThat(column(dispatches, "priority").describe()).isEqualTo("priority NULL");
        assertThat(column(dispatches, "phase").describe()).isEqualTo("phase NOT NULL");
        assertThat(dispatches.checks()).isEmpty();
    }

    @Test
    void arraysAreSpelledAsPostgresReportsThem() {
        Table incidents = table(Fixtures.postgres("indexoptions"), "incidents");
        assertThat(column(incidents, "counts").type()).isEqualTo(ColumnType.other("integer[]")); // Integer[]
        assertThat(column(incidents, "labels").type()) // String[]
                .isEqualTo(ColumnType.other("character varying(255)[]"));
        assertThat(column(incidents, "tags").type()).isEqualTo(ColumnType.other("text[]")); // columnDefinition
    }

    @Test
    void onSqliteArraysKeepThePostgresArrayType() {
        // Hibernate stores them as blobs on SQLite (which the SQLite dialect spells); the model stays portable
        Table incidents = table(Fixtures.sqlite("indexoptions"), "incidents");
        assertThat(column(incidents, "counts").type()).isEqualTo(ColumnType.other("integer[]"));
        assertThat(column(incidents, "labels").type()).isEqualTo(ColumnType.other("character varying(255)[]"));
        assertThat(dev.retort.dialect.sqlite.SqliteTypes.sql(column(incidents, "labels").type())).isEqualTo("blob");
    }

    @Test
    void enumeratedAttributesBecomeEnumTypesWhenNativeEnumsArePreferred(@TempDir Path dir) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("gen.nativeenum.Crew", """
                package gen.nativeenum;

                @jakarta.persistence.Entity
                public class Crew {
                    public enum Shift { NIGHT, DAY }

                    @jakarta.persistence.Id
                    private long id;

                    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
                    private Shift shift;
                }
                """));
        ScanRequest request = ScanRequest.of(List.of(classes), List.of("gen.nativeenum"), POSTGRES, Fixtures.LOWER)
                .withProperty("hibernate.type.prefer_native_enum_types", "true");

        SchemaModel scanned = new EntityScanner().scan(request);

        assertThat(scanned.enumTypes()).containsExactly(new EnumType("shift", List.of("DAY", "NIGHT")));
        assertThat(column(table(scanned, "crew"), "shift").type()).isEqualTo(ColumnType.other("shift"));
    }

    @Test
    void twoEnumClassesWithOneSimpleNameAreRefused(@TempDir Path dir) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
                "gen.clash.a.Status", "package gen.clash.a; public enum Status { OPEN, SHUT }",
                "gen.clash.b.Status", "package gen.clash.b; public enum Status { ON, OFF }",
                "gen.clash.Light", """
                        package gen.clash;

                        @jakarta.persistence.Entity
                        public class Light {
                            @jakarta.persistence.Id
                            private long id;

                            @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.NAMED_ENUM)
                            private gen.clash.a.Status door;

                            @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.NAMED_ENUM)
                            private gen.clash.b.Status lamp;
                        }
                        """));
        Throwable thrown = catchThrowable(() -> new EntityScanner().scan(
                ScanRequest.of(List.of(classes), List.of("gen.clash"), POSTGRES, Fixtures.LOWER)));

        assertThat(thrown).isInstanceOf(RetortException.class);
        assertThat(((RetortException) thrown).code()).isEqualTo(ErrorCode.SCAN);
        assertThat(thrown.getMessage()).contains("gen.clash.a.Status as NAMED_ENUM and gen.clash.b.Status as"
                + " NAMED_ENUM would share the type status").contains("Rename one of the enum classes");
    }
}
