package dev.retort.scan;

import static dev.retort.scan.Fixtures.POSTGRES;
import static dev.retort.scan.Fixtures.SQLITE;
import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code @Comment} and JPA's {@code comment} attributes on the {@code fixtures.comments} entities, on both dialects. */
class EntityScannerCommentsTest {

    private static SchemaModel scan(String version, String dialect) {
        return new EntityScanner().scan(ScanRequest.of(List.of(Fixtures.TEST_CLASSES),
                List.of("dev.retort.fixtures.comments." + version), dialect,
                dialect.equals(POSTGRES) ? s -> s.toLowerCase(Locale.ROOT) : s -> s));
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void tableAndColumnCommentsAreReadVerbatim(String dialect) {
        SchemaModel model = scan("v1", dialect);
        Table vessels = table(model, "vessels");
        assertThat(vessels.comment()).contains("Ships we track");
        assertThat(column(vessels, "id").comment()).contains("MMSI");
        assertThat(column(vessels, "name").comment()).contains("Registered name");
        assertThat(column(vessels, "callsign").comment()).contains("Radio call sign");
        assertThat(column(vessels, "flag").comment()).isEmpty();
        // JPA 3.2's @Column(comment = ...)
        assertThat(column(vessels, "master").comment()).contains("Master's name, as \"signed\" in the log");
        assertThat(table(model, "ports").comment()).isEmpty();
        assertThat(column(table(model, "ports"), "name").comment()).contains("Harbour name");
        assertThat(table(model, "berths").comment()).contains("Quay positions");
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void removedCommentsAreGone(String dialect) {
        SchemaModel model = scan("v2", dialect);
        assertThat(table(model, "berths").comment()).isEmpty();
        assertThat(column(table(model, "vessels"), "callsign").comment()).isEmpty();
        assertThat(table(model, "ports").comment()).contains("Harbours");
    }
}
