package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes {@code history --graph} draws: a line, two heads, a merge of three branches. */
class HistoryGraphTest {
    private static Results.RevisionInfo rev(String id, List<String> parents, List<String> children) {
        return new Results.RevisionInfo(id, parents, children, List.of(), "m" + id, "", Path.of(id + ".java"), false);
    }

    @Test
    void aLineIsOneColumn() {
        assertThat(HistoryGraph.draw(List.of(rev("c", List.of("b"), List.of()), rev("b", List.of("a"), List.of("c")),
                rev("a", List.of(), List.of("b"))))).containsExactly("* c (head), mc", "* b, mb", "* a, ma");
    }

    @Test
    void twoHeadsCloseIntoTheirBranchPoint() {
        assertThat(HistoryGraph.draw(List.of(rev("c", List.of("a"), List.of()), rev("b", List.of("a"), List.of()),
                rev("a", List.of(), List.of("b", "c"))))).containsExactly(
                "* c (head), mc",
                "| * b (head), mb",
                "|/",
                "* a (branchpoint), ma");
    }

    @Test
    void aMergeOfThreeOpensAColumnPerFurtherParent() {
        List<String> drawn = HistoryGraph.draw(List.of(
                rev("m", List.of("b", "c", "d"), List.of()),
                rev("d", List.of("a"), List.of("m")),
                rev("c", List.of("a"), List.of("m")),
                rev("b", List.of("a"), List.of("m")),
                rev("a", List.of(), List.of("b", "c", "d"))));
        assertThat(drawn).containsExactly(
                "* m (head) (mergepoint), mm",
                "|\\",
                "| |\\",
                "| | * d, md",
                "| * | c, mc",
                "* | | b, mb",
                "| |/",
                "|/",
                "* a (branchpoint), ma");
    }
}
