package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Retort from code: an application's DataSource and migrations compiled into it, as at start-up. */
class LibraryApiTest {
    @TempDir
    Path dir;

    @Test
    void upgradesFromADataSourceWithCompiledMigrations() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
        Retort retort = Retort.builder()
                .dataSource(dataSource)
                .migrationsPackage("dev.retort.fixtures.compiledmigrations")
                .build();

        Results.Migrated up = retort.upgrade("head");
        assertThat(up.applied()).hasSize(2);
        assertThat(up.heads()).containsExactly("c0ffee000002");
        assertThat(retort.databaseModel().table("things").orElseThrow().columnNames())
                .containsExactly("id", "name", "colour");
        assertThat(retort.upgrade("head").applied()).as("a second start-up applies nothing").isEmpty();

        retort.downgrade("-1");
        assertThat(retort.current().revisions()).extracting(Results.RevisionInfo::id).containsExactly("c0ffee000001");
    }

    @Test
    void urlAndMissingPackageAreClearErrors() {
        Retort retort = Retort.builder()
                .url("sqlite:///" + dir.resolve("other.db"))
                .migrationsPackage("com.example.nothing.here")
                .build();
        assertThatThrownBy(() -> retort.upgrade("head")).hasMessageContaining("No migration classes in package com.example.nothing.here");
        assertThatThrownBy(() -> Retort.builder().build()).hasMessageContaining("url(...) or dataSource(...)");
    }
}
