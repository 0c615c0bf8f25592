package dev.retort.scan;

import static dev.retort.scan.Fixtures.LOWER;
import static dev.retort.scan.Fixtures.POSTGRES;
import static dev.retort.scan.Fixtures.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.testing.HibernateRelease;
import dev.retort.testing.JavaSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Hibernate release reads the entities: the application's when its class path has one, else Retort's. */
class EntityScannerReleaseTest {
    private static final String CORPUS_TYPES = "dev.retort.fixtures.corpus.types";

    @TempDir
    Path dir;

    private static List<Path> sixSixJars() throws IOException {
        try (Stream<Path> jars = Files.list(HibernateRelease.HIBERNATE_6_6)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static Scanned readTypes(List<Path> classpath, String dialect) {
        return new EntityScanner().read(ScanRequest.of(classpath, List.of(CORPUS_TYPES), dialect,
                dialect.equals(POSTGRES) ? LOWER : Fixtures.KEEP));
    }

    private static Column column(SchemaModel model, String table, String column) {
        return model.table(table).orElseThrow().column(column).orElseThrow();
    }

    @Test
    void withoutHibernateOnTheClasspathRetortsOwnReleaseReads() {
        Scanned scanned = readTypes(List.of(Fixtures.TEST_CLASSES), POSTGRES);
        assertThat(scanned.hibernateVersion()).isEqualTo(EntityScanner.bundledHibernateVersion()).startsWith("7.");
        assertThat(scanned.describeHibernate()).isEqualTo("Entities read with Hibernate ORM "
                + EntityScanner.bundledHibernateVersion() + " (bundled with Retort; the entity classpath has no"
                + " hibernate-core)");
        // 7.x makes a wrapper @Version NOT NULL
        assertThat(column(scanned.model(), "invoice", "version").nullable()).isFalse();
    }

    @Test
    void theApplicationsReleaseReadsWhenItsClasspathHasOne() throws Exception {
        List<Path> classpath = new ArrayList<>(List.of(Fixtures.TEST_CLASSES));
        classpath.addAll(sixSixJars());
        Scanned scanned = readTypes(classpath, POSTGRES);
        assertThat(scanned.hibernateVersion()).startsWith("6.6.");
        assertThat(scanned.hibernateOrigin()).isEqualTo("the entity classpath's");
        // 6.6 leaves a wrapper @Version nullable, as its own DDL does
        assertThat(column(scanned.model(), "invoice", "version").nullable()).isTrue();
        // and the same request once more gives the same model: nothing leaks between scans
        assertThat(readTypes(classpath, POSTGRES).model()).isEqualTo(scanned.model());
    }

    @Test
    void aReleaseOlderThanSixTwoLeavesTheReadingToRetortsOwn() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/org/hibernate"));
        Files.writeString(sources.resolve("Version.java"), """
                package org.hibernate;
                public final class Version {
                    public static String getVersionString() { return "6.1.7.Final"; }
                }
                """);
        Path old = JavaSources.compile(dir.resolve("src"), dir.resolve("old-hibernate"));
        Scanned scanned = readTypes(List.of(old, Fixtures.TEST_CLASSES), SQLITE);
        assertThat(scanned.hibernateVersion()).isEqualTo(EntityScanner.bundledHibernateVersion());
        assertThat(scanned.hibernateOrigin()).isEqualTo("bundled with Retort; the entity classpath's 6.1.7.Final is"
                + " older than 6.2, the oldest release Retort reads with");
    }

    @Test
    void aMissingCommunityDialectIsNamedWithTheArtifactToAdd() throws Exception {
        List<Path> classpath = new ArrayList<>(List.of(Fixtures.TEST_CLASSES));
        sixSixJars().stream().filter(p -> !p.getFileName().toString().startsWith("hibernate-community-dialects"))
                .forEach(classpath::add);
        Throwable thrown = catchThrowable(() -> readTypes(classpath, SQLITE));
        assertThat(thrown).isInstanceOf(RetortException.class);
        assertThat(((RetortException) thrown).code()).isEqualTo(ErrorCode.SCAN);
        assertThat(thrown.getMessage()).doesNotContain("\n")
                .contains("Hibernate ORM 6.6.")
                .contains("no dialect org.hibernate.community.dialect.SQLiteDialect")
                .contains("Add org.hibernate.orm:hibernate-community-dialects:6.6.");
    }

    @Test
    void sixTwoIsTheOldestReleaseRead() {
        assertThat(Release.readable("6.2.0.Final")).isTrue();
        assertThat(Release.readable("6.6.49.Final")).isTrue();
        assertThat(Release.readable("7.0.0.Beta1")).isTrue();
        assertThat(Release.readable("6.1.7.Final")).isFalse();
        assertThat(Release.readable("5.6.15.Final")).isFalse();
        assertThat(Release.readable("[WORKING]")).isFalse();
    }
}
