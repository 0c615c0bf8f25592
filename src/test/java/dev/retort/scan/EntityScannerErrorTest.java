package dev.retort.scan;

import static dev.retort.scan.Fixtures.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScannerErrorTest {

    private static RetortException scanFailure(ScanRequest request) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new EntityScanner().scan(request));
        assertThat(thrown).isInstanceOf(RetortException.class);
        RetortException e = (RetortException) thrown;
        assertThat(e.code()).isEqualTo(ErrorCode.SCAN);
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\tat ");
        return e;
    }

    @Test
    void packageWithoutEntitiesNamesPackageClasspathAndFix() {
        RetortException e = scanFailure(Fixtures.request("empty", SQLITE));
        assertThat(e.getMessage())
                .contains("No entity classes")
                .contains("dev.retort.scan.fixtures.empty")
                .contains(Fixtures.TEST_CLASSES.toString())
                .contains("Compile your entities first (mvn compile) and point --classpath at target/classes");
    }

    @Test
    void misspelledPackageIsReportedTheSameWay() {
        ScanRequest request = ScanRequest.of(List.of(Fixtures.TEST_CLASSES), List.of("dev.retort.scan.fixtures.nope"),
                SQLITE, Fixtures.KEEP);
        assertThat(scanFailure(request).getMessage()).contains("dev.retort.scan.fixtures.nope");
    }

    @Test
    void missingClasspathEntryIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("target/classes");
        RetortException e = scanFailure(ScanRequest.of(List.of(missing), List.of(), SQLITE, Fixtures.KEEP));
        assertThat(e.getMessage()).contains(missing.toString()).contains("does not exist").contains("mvn compile");
    }

    @Test
    void emptyClasspathIsRefusedRatherThanScanningRetortsOwn() {
        RetortException e = scanFailure(ScanRequest.of(List.of(), List.of(Fixtures.pkg("basic")), SQLITE,
                Fixtures.KEEP));
        assertThat(e.getMessage()).contains("No entity classpath was given").contains("--classpath");
    }

    @Test
    void emptyClasspathDirectoryHasNoEntities(@TempDir Path dir) {
        RetortException e = scanFailure(ScanRequest.of(List.of(dir), List.of(), SQLITE, Fixtures.KEEP));
        assertThat(e.getMessage()).contains("No entity classes").contains("anywhere").contains(dir.toString());
    }

    @Test
    void hibernateMappingErrorNamesTheEntityAndHibernatesMessage() {
        RetortException e = scanFailure(Fixtures.request("broken", SQLITE));
        assertThat(e.getMessage())
                .contains("dev.retort.scan.fixtures.broken.Orphan")
                .contains("nope")
                .startsWith("Hibernate rejected the mapping of entity dev.retort.scan.fixtures.broken.Orphan");
        assertThat(e.getCause()).isInstanceOf(org.hibernate.MappingException.class);
    }

    @Test
    void classWithAMissingDependencyNamesTheMissingClass(@TempDir Path dir) throws Exception {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
                "gen.missing.Base", "package gen.missing; public class Base { }",
                "gen.missing.Holder", """
                        package gen.missing;

                        @jakarta.persistence.Entity
                        public class Holder extends Base {
                            @jakarta.persistence.Id
                            private long id;
                        }
                        """));
        Files.delete(classes.resolve("gen/missing/Base.class"));

        RetortException e = scanFailure(
                ScanRequest.of(List.of(classes), List.of("gen.missing"), SQLITE, Fixtures.KEEP));

        assertThat(e.getMessage())
                .contains("gen.missing.Holder")
                .contains("needs gen.missing.Base")
                .contains("--classpath");
    }

    @Test
    void unknownDialectIsReported() {
        ScanRequest request = ScanRequest.of(List.of(Fixtures.TEST_CLASSES), List.of(Fixtures.pkg("basic")),
                "org.example.NoSuchDialect", Fixtures.KEEP);
        assertThat(scanFailure(request).getMessage())
                .startsWith("Hibernate could not start with dialect org.example.NoSuchDialect")
                .contains("Check the dialect class name");
    }

    @Test
    void unknownNamingStrategyIsReported() {
        ScanRequest request = Fixtures.request("basic", SQLITE)
                .withProperty("hibernate.implicit_naming_strategy", "org.example.NoSuchStrategy");
        assertThat(scanFailure(request).getMessage()).contains("org.example.NoSuchStrategy").contains("--classpath");
    }

    @Test
    void entitiesInAnExplicitSchemaAreRejected(@TempDir Path dir) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("gen.schema.Audit", """
                package gen.schema;

                @jakarta.persistence.Entity
                @jakarta.persistence.Table(schema = "audit")
                public class Audit {
                    @jakarta.persistence.Id
                    private long id;
                }
                """));
        RetortException e = scanFailure(ScanRequest.of(List.of(classes), List.of(), SQLITE, Fixtures.KEEP));
        assertThat(e.getMessage()).startsWith("Table Audit is mapped into schema audit, but SQLite keeps every table"
                + " in one schema (main)").contains("Remove schema from the entity's @Table");
    }

    @Test
    void sqlitesOwnSchemaNameIsTheDefault(@TempDir Path dir) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("gen.main.Audit", """
                package gen.main;

                @jakarta.persistence.Entity
                @jakarta.persistence.Table(schema = "main")
                public class Audit {
                    @jakarta.persistence.Id
                    private long id;
                }
                """));
        assertThat(new EntityScanner().scan(ScanRequest.of(List.of(classes), List.of(), SQLITE, Fixtures.KEEP))
                .tableNames()).containsExactly("Audit");
    }

    @Test
    void catalogsAreRejectedOnPostgresToo(@TempDir Path dir) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("gen.catalog.Audit", """
                package gen.catalog;

                @jakarta.persistence.Entity
                @jakarta.persistence.Table(catalog = "warehouse")
                public class Audit {
                    @jakarta.persistence.Id
                    private long id;
                }
                """));
        RetortException e = scanFailure(ScanRequest.of(List.of(classes), List.of(), Fixtures.POSTGRES,
                Fixtures.LOWER));
        assertThat(e.getMessage()).contains("Audit").contains("catalog warehouse").contains("Remove catalog");
    }

    @Test
    void javaxEntitiesGetAHintToMigrateToJakarta(@TempDir Path dir) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
                "javax.persistence.Entity", """
                        package javax.persistence;

                        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                        public @interface Entity { }
                        """,
                "gen.legacy.Old", "package gen.legacy; @javax.persistence.Entity public class Old { }"));
        RetortException e = scanFailure(
                ScanRequest.of(List.of(classes), List.of("gen.legacy"), SQLITE, Fixtures.KEEP));
        assertThat(e.getMessage()).contains("gen.legacy.Old").contains("javax.persistence to jakarta.persistence");
    }

    @Test
    void requestRejectsNullsAndBlankDialect() {
        assertThatThrownBy(() -> ScanRequest.of(List.of(), List.of(), " ", Fixtures.KEEP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScanRequest.of(List.of(), List.of(), SQLITE, null))
                .isInstanceOf(NullPointerException.class);
    }
}
