package dev.retort.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scenario directories are well formed and cover every row of {@code differ-scenarios.md}. */
class DifferScenarioLayoutTest {
    /** The numbered rows of the specification's tables. */
    private static final Set<String> SPEC_ROWS = Set.of("1", "2", "3", "4", "5", "6", "7", "11", "12", "13", "14",
            "16", "17", "18", "20", "21", "26", "27", "30", "31", "33", "39", "40", "42", "45", "46", "47", "49", "56",
            "57", "58", "63", "64", "66");

    private static final Path FIXTURE_SOURCES = Path.of("src/test/java/dev/retort/fixtures/scenarios");

    @Test
    void everySpecifiedRowHasAScenario() {
        Set<String> covered = all().stream().map(n -> DifferScenarioRunner.properties(n).getProperty("spec", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).containsAll(SPEC_ROWS);
    }

    @Test
    void everyScenarioHasItsFilesAndAKnownDatabase() {
        for (String name : all()) {
            Path dir = DifferScenarioRunner.SCENARIOS.resolve(name);
            var p = DifferScenarioRunner.properties(name);
            assertThat(p.getProperty("databases")).as(name).isIn("both", "postgresql", "sqlite");
            assertThat(p.getProperty("summary", "")).as(name + " summary").isNotBlank();
            assertThat(FIXTURE_SOURCES.resolve(name).resolve("after")).as(name + " after entities").isDirectory();
            boolean before = Files.isDirectory(FIXTURE_SOURCES.resolve(name).resolve("before"))
                    || "after".equals(p.getProperty("before"))
                    || Files.exists(dir.resolve("before.sql"))
                    || Files.exists(dir.resolve("before.postgresql.sql"));
            assertThat(before).as(name + " has a before state").isTrue();
            assertThat(Files.exists(dir.resolve("upgrade.ops")) || Files.exists(dir.resolve("upgrade.postgresql.ops")))
                    .as(name + " upgrade.ops").isTrue();
        }
    }

    @Test
    void everyFixturePackageBelongsToAScenario() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURE_SOURCES)) {
            assertThat(dirs.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(all());
        }
    }

    @Test
    void bothDatabasesRunAtLeastFortyScenarios() {
        assertThat(DifferScenarioRunner.scenarios("sqlite")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(DifferScenarioRunner.scenarios("postgresql")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void knownGapsNameExistingScenarios() {
        for (DifferScenarioRunner.Gap gap : DifferScenarioRunner.KNOWN_GAPS) {
            assertThat(all()).as(gap.toString()).contains(gap.scenario());
            assertThat(gap.reason()).isNotBlank();
        }
    }

    private static List<String> all() {
        try (Stream<Path> dirs = Files.list(DifferScenarioRunner.SCENARIOS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
