package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The golden-file diff shows removed lines before added ones, with context, and marks trailing blanks. */
class TextDiffTest {

    @Test
    void changedLineShowsExpectedThenActualWithContext() {
        String expected = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String actual = "a\nb\nc\nd\nE\nf\ng\nh\n";
        assertThat(TextDiff.unified(expected, actual)).isEqualTo("--- expected\n+++ actual\n"
                + "      2  b\n"
                + "      3  c\n"
                + "      4  d\n"
                + "-     5  e\n"
                + "+     5  E\n"
                + "      6  f\n"
                + "      7  g\n"
                + "      8  h\n");
    }

    @Test
    void distantChangesAreSeparatedAndTrailingSpacesAreVisible() {
        String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
        String actual = "1 \n2\n3\n4\n5\n6\n7\n8\n9\n";
        assertThat(TextDiff.unified(expected, actual)).isEqualTo("--- expected\n+++ actual\n"
                + "-     1  1\n"
                + "+     1  1·\n"
                + "      2  2\n"
                + "      3  3\n"
                + "      4  4\n"
                + "@@\n"
                + "      7  7\n"
                + "      8  8\n"
                + "      9  9\n"
                + "-    10  10\n"
                + "     11  \n");
    }
}
