package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.RetortConfig;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OtherHibernateRelease} on PostgreSQL. */
class OtherHibernateReleaseIT extends OtherHibernateRelease {
    @TempDir
    Path dir;

    @Override
    RetortConfig project(Path projectDir, String entityPackage, Map<String, String> hibernate) throws IOException {
        return Projects.postgres(projectDir, HibernateJudge.CLASSES, entityPackage, hibernate);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inheritance", "embedded", "collections", "types", "names", "springboot", "pgnative"})
    void hibernateSixSixValidatesWhatRetortMigrated(String group) throws Exception {
        migratedSchemaPassesValidate(dir, group);
    }

    /**
     * Where Hibernate 6.6 and the bundled 7.4 derive different schemas from the same entities: 7.4 makes a wrapper
     * {@code @Version} NOT NULL, and adds checks for discriminators, single-table subclass columns and order
     * columns, and a unique key to a set-valued element collection; 6.6 does none of these. Retort derives 7.4's
     * schema, so {@code check} on a database 6.6's {@code ddl-auto} made reports exactly these, until the scan
     * derives the schema with the application's own Hibernate.
     */
    static final Map<String, List<String>> SIX_SIX_DERIVES_OTHERWISE = Map.of(
            "inheritance", List.of(
                    "column customer.version: entity says NOT NULL, database has NULL",
                    "check ck_notification_channel on notification (channel <> 'EMAIL' or (html is not null)):"
                            + " in the entities, not in the database",
                    "check ck_notification_136a41c2 on notification (channel <> 'SMS' or (segments is not null)):"
                            + " in the entities, not in the database",
                    "check ck_notification_ef2d96fa on notification (channel in ('EMAIL','SMS')):"
                            + " in the entities, not in the database",
                    "check ck_publication_37b39856 on publication (DTYPE <> 'Magazine' or (issueNumber is not null)):"
                            + " in the entities, not in the database",
                    "check ck_publication_a150b60b on publication (DTYPE in ('Publication','Magazine')):"
                            + " in the entities, not in the database"),
            "collections", List.of(
                    "check ck_album_track_track_no on album_track (track_no>=0): in the entities, not in the database",
                    "unique constraint uq_article_tags_article_id_tags on article_tags (article_id, tags):"
                            + " in the entities, not in the database",
                    "check ck_playlist_song_position on playlist_song (position>=0): in the entities, not in the database"),
            "types", List.of("column invoice.version: entity says NOT NULL, database has NULL"),
            "springboot", List.of("unique constraint uq_owner_emergency_contacts_owner_id_emergency_contacts on"
                    + " owner_emergency_contacts (owner_id, emergency_contacts): in the entities, not in the database"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inheritance", "embedded", "collections", "types", "names", "springboot", "pgnative"})
    void onTheDatabaseSixSixCreatesCheckReportsOnlyWhereTheReleasesDiffer(String group) throws Exception {
        assertThat(differencesFromSixSixCreate(dir.resolve("created"), group))
                .containsExactlyInAnyOrderElementsOf(SIX_SIX_DERIVES_OTHERWISE.getOrDefault(group, List.of()));
    }
}
