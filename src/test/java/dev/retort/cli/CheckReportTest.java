package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Difference;
import dev.retort.app.Results;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three renderings of a check result, escaping included, without a database. */
class CheckReportTest {
    private static final String NASTY = "quote \" backslash \\ newline \n cr \r tab \t bell \u0007 percent 100% colon: comma, é \u2028";

    private static Results.Checked drifted() {
        Difference d = new Difference(Difference.Kind.CHECK_DIFFERS, Optional.of("t"), "ck_t", Optional.of(NASTY),
                Optional.empty(), List.of(), "check ck_t on t: " + NASTY);
        Difference e = new Difference(Difference.Kind.SEQUENCE_MISSING, Optional.empty(), "s", Optional.of("start 1, increment 1"),
                Optional.empty(), List.of(), "sequence s (start 1, increment 1): in the entities, not in the migrations");
        return new Results.Checked(true, "postgresql", List.of("abc"), Optional.empty(), List.of(d, e), List.of("a note: " + NASTY),
                "Entities read with Hibernate ORM 6.6.49.Final (the entity classpath's)");
    }

    @Test
    void jsonEscapesEverythingAndParsesBack() {
        String json = CheckReport.json(drifted());

        Map<String, Object> doc = MiniJson.object(json);
        assertThat(doc.keySet()).containsExactly("inSync", "offline", "dialect", "heads", "databaseRevisions", "atHead", "notes",
                "hibernate", "differences", "edited");
        assertThat(doc).containsEntry("inSync", false).containsEntry("offline", true).containsEntry("dialect", "postgresql")
                .containsEntry("databaseRevisions", null).containsEntry("atHead", null).containsEntry("notes", List.of("a note: " + NASTY))
                .containsEntry("hibernate", "Entities read with Hibernate ORM 6.6.49.Final (the entity classpath's)");
        List<Map<String, Object>> differences = MiniJson.objects(doc.get("differences"));
        assertThat(differences.get(0).keySet()).containsExactly("kind", "table", "object", "entity", "database", "aspects", "risks",
                "message");
        assertThat(differences.get(0)).containsEntry("kind", "check_differs").containsEntry("entity", NASTY)
                .containsEntry("database", null).containsEntry("message", "check ck_t on t: " + NASTY);
        assertThat(differences.get(1)).containsEntry("table", null).containsEntry("kind", "sequence_missing");
        assertThat(json).doesNotContain("\n cr").contains("\\u0007", "\\u2028", "\\\"", "\\\\");
    }

    @Test
    void githubAnnotationsStayOneLineEach() {
        List<String> lines = CheckReport.github(drifted()).lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("::warning title=Schema check::a note: quote \" backslash \\ newline %0A cr %0D"
                + " tab \t bell \u0007 percent 100%25 colon: comma, é \u2028");
        assertThat(lines.get(1)).startsWith("::error title=Schema drift::check ck_t on t: quote").contains("%0A", "100%25");
        assertThat(lines.get(2)).isEqualTo("::error title=Schema drift::sequence s (start 1, increment 1): in the entities, not in the migrations");
        assertThat(lines.get(3)).isEqualTo("Schema drift: 2 differences between the entities and the migrations (replayed offline)."
                + " Write a migration for them with `retort autogenerate --offline -m \"MESSAGE\"` and review it.");
        assertThat(CheckReport.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
    }

    @Test
    void textListsNotesThenDifferences() {
        Results.Checked inSync = new Results.Checked(false, "sqlite", List.of(), Optional.of(List.of()), List.of(), List.of(),
                "Entities read with Hibernate ORM 7.4.5.Final (bundled with Retort)");
        assertThat(CheckReport.text(inSync)).isEqualTo("No drift: the entities and the database agree\n");
        assertThat(CheckReport.json(inSync)).contains("\"differences\": [],\n  \"edited\": []\n}");

        List<String> lines = CheckReport.text(drifted()).lines().toList();
        assertThat(lines.get(0)).startsWith("note: a note: quote");
        assertThat(lines).contains("Schema drift: 2 differences between the entities and the migrations (replayed offline)",
                "  sequence s (start 1, increment 1): in the entities, not in the migrations");
    }

    @Test
    void editedMigrationsFailTheCheckInEveryFormat() {
        Results.RevisionInfo edited = new Results.RevisionInfo("ae1027a6acf", List.of(), List.of(), List.of(), "initial",
                "2026-01-01", java.nio.file.Path.of("migrations", "V1.java"), true, Results.Checksum.EDITED);
        Results.Checked checked = new Results.Checked(false, "sqlite", List.of("ae1027a6acf"), Optional.of(List.of("ae1027a6acf")),
                List.of(), List.of(), "Entities read with Hibernate ORM 7.4.5.Final (bundled with Retort)", List.of(edited));
        assertThat(checked.inSync()).isFalse();
        String path = java.nio.file.Path.of("migrations", "V1.java").toString();
        assertThat(CheckReport.text(checked)).isEqualTo("No schema drift, but 1 applied migration was edited after being applied\n"
                + "  migration ae1027a6acf (" + path + ") was edited after it was applied: its upgrade no longer has the checksum"
                + " recorded then\n"
                + "Undo the edit of an applied migration and put the change in a new one (`retort revision -m MESSAGE`), or accept"
                + " it with `retort upgrade --allow-edited` when the database already is what the edited migration says.\n");
        List<Map<String, Object>> listed = MiniJson.objects(MiniJson.object(CheckReport.json(checked)).get("edited"));
        assertThat(listed).singleElement().satisfies(e -> assertThat(e).containsEntry("revision", "ae1027a6acf")
                .containsEntry("path", path));
        assertThat(CheckReport.github(checked).lines().toList().get(0))
                .startsWith("::error file=migrations/V1.java,title=Edited migration::migration ae1027a6acf");
    }
}
