package dev.retort.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for test failure messages: lines only in the expected text start with {@code -}, lines only
 * in the actual text with {@code +}, and up to three unchanged lines of context surround each change.
 * Whitespace is made visible at line ends, where it is otherwise easy to miss.
 */
public final class TextDiff {
    private static final int CONTEXT = 3;

    private TextDiff() {
    }

    public static String unified(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        // Longest common subsequence table, filled from the end.
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        List<Boolean> changed = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(String.format("   %4d  %s", i + 1, a[i]));
                changed.add(false);
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add(String.format("-  %4d  %s", i + 1, visible(a[i])));
                changed.add(true);
                i++;
            } else {
                lines.add(String.format("+  %4d  %s", j + 1, visible(b[j])));
                changed.add(true);
                j++;
            }
        }
        StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
        int lastPrinted = -1;
        for (int k = 0; k < lines.size(); k++) {
            boolean near = false;
            for (int d = Math.max(0, k - CONTEXT); d <= Math.min(lines.size() - 1, k + CONTEXT); d++) {
                near |= changed.get(d);
            }
            if (near) {
                if (lastPrinted >= 0 && k > lastPrinted + 1) {
                    out.append("@@\n");
                }
                out.append(lines.get(k)).append('\n');
                lastPrinted = k;
            }
        }
        return out.toString();
    }

    private static String visible(String line) {
        String trimmed = line.stripTrailing();
        String tail = line.substring(trimmed.length()).replace(" ", "·").replace("\t", "→").replace("\r", "␍");
        return trimmed + tail;
    }
}
