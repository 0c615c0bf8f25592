package dev.retort.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.testing.TextDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares each rendered case with its golden file, {@code src/test/resources/golden/render/<case>.java},
 * as exact text.
 *
 * <p>To regenerate the golden files after an intended change, run
 * {@code mvn test -Dtest='MigrationRendererGoldenTest' -Dretort.updateGolden=true} and review the diff of
 * the golden files like any other change. Never set that property in CI: there the files are the contract.
 */
class MigrationRendererGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/render");
    private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("retort.updateGolden", "false"));

    static List<RenderFixtures.Case> cases() {
        return RenderFixtures.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGoldenFile(RenderFixtures.Case c) throws IOException {
        String actual = c.render().source();
        Path file = GOLDEN.resolve(c.name() + ".java");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file (create it with -Dretort.updateGolden=true)").exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("rendered " + c.name() + " differs from " + file + "\n" + TextDiff.unified(expected, actual));
        }
    }
}
