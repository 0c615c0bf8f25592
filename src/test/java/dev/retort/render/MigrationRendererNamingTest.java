package dev.retort.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.MigrationPlan;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Class names sort by creation time and say what the migration does; headers reject malformed ids. */
class MigrationRendererNamingTest {

    private static MigrationHeader header(LocalDateTime created, String message) {
        return MigrationHeader.of("3f2a9c1d7e4b", List.of(), created, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "add user email                      | add_user_email",
        "Add User Email                      | add_user_email",
        "`  add   user -- email!!  `         | add_user_email",
        "add user's e-mail (v2)              | add_user_s_e_mail_v2",
        "Créer l'index élevé                 | creer_l_index_eleve",
        "naïve façade über straße            | naive_facade_uber_stra_e",
        "日本語 only                          | only",
        "2fa codes                           | 2fa_codes",
        "`__init__`                          | init",
        "``                                  | revision",
        "!!!                                 | revision",
        "日本語                               | revision",
    })
    void slugIsLowerCaseAsciiWithSingleUnderscores(String message, String expected) {
        assertThat(MigrationRenderer.slug(message)).isEqualTo(expected);
    }

    @Test
    void longSlugIsCutAtAWordBoundaryWithinFortyCharacters() {
        String slug = MigrationRenderer.slug("add user preferences table with json values and a gin index on it");
        assertThat(slug).isEqualTo("add_user_preferences_table_with_json");
        assertThat(slug.length()).isLessThanOrEqualTo(40);
    }

    @Test
    void longSlugWithoutNearbyBoundaryIsCutAtForty() {
        String slug = MigrationRenderer.slug("x " + "a".repeat(60));
        assertThat(slug).isEqualTo("x_" + "a".repeat(38));
    }

    @Test
    void slugNeverEndsWithAnUnderscoreAfterCutting() {
        String slug = MigrationRenderer.slug("a".repeat(39) + " b c");
        assertThat(slug).isEqualTo("a".repeat(39));
    }

    @Test
    void classNameIsTimestampThenSlug() {
        assertThat(MigrationRenderer.className(header(LocalDateTime.of(2026, 11, 22, 10, 15, 0), "add user email")))
                .isEqualTo("M20261122_101500_add_user_email");
        assertThat(MigrationRenderer.className(header(LocalDateTime.of(2027, 1, 2, 3, 4, 5), "")))
                .isEqualTo("M20270102_030405_revision");
    }

    @Test
    void classNamesSortByCreationTimeWhateverTheMessage() {
        List<MigrationHeader> headers = List.of(
                header(LocalDateTime.of(2026, 1, 9, 23, 59, 59), "zzz last alphabetically"),
                header(LocalDateTime.of(2026, 1, 10, 0, 0, 0), "aaa"),
                header(LocalDateTime.of(2026, 10, 1, 8, 0, 0), "middle"),
                header(LocalDateTime.of(2026, 10, 1, 8, 0, 1), "a"));
        List<String> names = new ArrayList<>(headers.stream().map(MigrationRenderer::className).toList());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertThat(sorted).containsExactlyElementsOf(names);
    }

    @Test
    void classNameIsAValidIdentifierAndMatchesTheRenderedFile() {
        MigrationHeader h = header(LocalDateTime.of(2026, 11, 22, 10, 15, 0), "class \"public\" static");
        RenderedMigration m = new MigrationRenderer().render(h, new MigrationPlan(List.of()));
        assertThat(SourceVersion.isName(m.className())).isTrue();
        assertThat(m.className()).isEqualTo("M20261122_101500_class_public_static");
        assertThat(m.fileName()).isEqualTo(m.className() + ".java");
        assertThat(m.source()).contains("public final class " + m.className() + " implements Migration {");
    }

    @Test
    void subSecondCreationTimeIsTruncated() {
        MigrationHeader h = header(LocalDateTime.of(2026, 11, 22, 10, 15, 0, 999_000_000), "x");
        assertThat(h.created()).isEqualTo(LocalDateTime.of(2026, 11, 22, 10, 15, 0));
    }

    @ParameterizedTest
    @CsvSource({"3f2a-9c1d", "a:b", "rev one", "head", "''", "0123456789abcdef0123456789abcdef0"})
    void malformedRevisionIdsAreRejected(String id) {
        assertThatThrownBy(() -> MigrationHeader.of(id, List.of(), LocalDateTime.now(), "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a revision id: letters, digits and _");
        assertThatThrownBy(() -> MigrationHeader.of("3f2a9c1d7e4b", List.of(id), LocalDateTime.now(), "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revises entry");
    }

    @Test
    void duplicateParentsAndBlankLabelsAreRejected() {
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0);
        assertThatThrownBy(() -> MigrationHeader.of("3f2a9c1d7e4b", List.of("9b1e04c2a7d0", "9b1e04c2a7d0"), now, "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same parent twice");
        assertThatThrownBy(() -> new MigrationHeader("3f2a9c1d7e4b", List.of(), now, "m", List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank branch label");
    }

    @Test
    void renderedMigrationFileNameMustMatchTheClass() {
        assertThatThrownBy(() -> new RenderedMigration("M1", "M2.java", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"1migrations", "com.example.class", "com..example", "com.example.", "com example"})
    void invalidPackageNamesAreRejected(String packageName) {
        assertThatThrownBy(() -> new MigrationRenderer(packageName))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid Java package name");
    }

    @Test
    void packageIsOptional() {
        assertThat(new MigrationRenderer().packageName()).isEmpty();
        assertThat(new MigrationRenderer("db.migrations").packageName()).isEqualTo("db.migrations");
        MigrationHeader h = header(LocalDateTime.of(2026, 11, 22, 10, 15, 0), "x");
        assertThat(new MigrationRenderer().render(h, new MigrationPlan(List.of())).source()).doesNotContain("package ");
        assertThat(new MigrationRenderer("db.migrations").render(h, new MigrationPlan(List.of())).source())
                .startsWith("package db.migrations;\n\nimport static dev.retort.migration.Schema.*;\n");
    }
}
