package dev.retort.scan;

import static dev.retort.scan.Fixtures.POSTGRES;
import static dev.retort.scan.Fixtures.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityScannerDeterminismTest {

    private static final List<String> SCENARIOS =
            List.of("basic", "keys", "inheritance", "relations", "sequences", "folding", "types", "packageinfo");

    private static ScanRequest everything(String dialect) {
        return ScanRequest.of(List.of(Fixtures.TEST_CLASSES), SCENARIOS.stream().map(Fixtures::pkg).toList(), dialect,
                dialect.equals(POSTGRES) ? Fixtures.LOWER : Fixtures.KEEP);
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void scanningTheSameEntitiesTwiceGivesEqualModels(String dialect) {
        SchemaModel first = new EntityScanner().scan(everything(dialect));
        SchemaModel second = new EntityScanner().scan(everything(dialect));

        assertThat(second).isEqualTo(first);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void scanningPackagesTogetherEqualsScanningThemApart(String dialect) {
        SchemaModel together = new EntityScanner().scan(everything(dialect));

        List<String> apart = SCENARIOS.stream()
                .flatMap(s -> new EntityScanner().scan(Fixtures.request(s, dialect)).tables().stream())
                .map(Object::toString)
                .sorted()
                .toList();

        assertThat(together.tables().stream().map(Object::toString).sorted().toList()).isEqualTo(apart);
    }
}
