package dev.retort.cli;

import dev.retort.app.Results;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code history --graph}: the revision graph drawn in text, newest first, as {@code git log --graph} draws commits.
 * Each column is a line of descent waiting for the revision it names; a revision takes its column's {@code *}, a
 * merge opens a column for each further parent ({@code |\}), and columns that wait for the same revision (a branch
 * point) close into the leftmost ({@code |/}).
 */
final class HistoryGraph {
    private HistoryGraph() {
    }

    /** The lines for {@code revisions}, newest first (children before their parents), as history lists them. */
    static List<String> draw(List<Results.RevisionInfo> revisions) {
        List<String> lines = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Results.RevisionInfo r : revisions) {
            int at = columns.indexOf(r.id());
            if (at < 0) {
                columns.add(r.id());
                at = columns.size() - 1;
            }
            // a branch point: the other lines of descent that end here join the leftmost, one by one
            for (int j = columns.lastIndexOf(r.id()); j > at; j = columns.lastIndexOf(r.id())) {
                lines.add(closing(columns.size(), j));
                columns.remove(j);
            }
            lines.add(row(columns.size(), at, '*') + " " + RevisionLines.marked(r) + ", " + r.message());
            List<String> parents = r.parents().stream().filter(p -> revisions.stream().anyMatch(x -> x.id().equals(p)))
                    .toList();
            if (parents.isEmpty()) {
                columns.remove(at);
                continue;
            }
            columns.set(at, parents.get(0));
            int opened = 0;
            for (String parent : parents.subList(1, parents.size())) {
                if (!columns.contains(parent)) {
                    columns.add(at + 1 + opened, parent);
                    opened++;
                }
            }
            for (int k = 0; k < opened; k++) {
                lines.add(opening(columns.size() - opened + k + 1, at + k + 1));
            }
        }
        return lines;
    }

    /** {@code | * |}: a bar per column, {@code mark} in column {@code at}. */
    private static String row(int width, int at, char mark) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < width; k++) {
            b.append(k == 0 ? "" : " ").append(k == at ? mark : '|');
        }
        return b.toString();
    }

    /** Column {@code j} turning into the one before it: {@code |/} (its right-hand neighbours shift left too). */
    private static String closing(int width, int j) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < width; k++) {
            if (k < j) {
                b.append(k == 0 ? "" : " ").append('|');
            } else {
                b.append(k == j ? "/" : " /");
            }
        }
        return b.toString().stripTrailing();
    }

    /** A new column {@code j} leaving the one before it: {@code |\}. */
    private static String opening(int width, int j) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < width; k++) {
            if (k < j) {
                b.append(k == 0 ? "" : " ").append('|');
            } else {
                b.append(k == j ? "\\" : " \\");
            }
        }
        return b.toString().stripTrailing();
    }
}
