package dev.retort.scan.hibernate;

import dev.retort.model.GeneratedNames;
import java.util.List;

/**
 * Names an index whose name Hibernate's naming strategy invented. Hibernate's hash names ({@code IDXj56u…}) change
 * with the naming strategy and say nothing, so Retort uses {@code ix_<table>_<col1>_<col2>} ({@code ux_} when
 * unique), which is readable, deterministic, and stable for the same table and columns; a long one is fitted
 * by {@link GeneratedNames}.
 */
final class IndexNamer {

    private IndexNamer() {
    }

    static String name(String table, List<String> columns, boolean unique) {
        // without the quotes of names marked to keep their case
        return GeneratedNames.fit(((unique ? "ux_" : "ix_") + table + "_" + String.join("_", columns)).replace("\"", ""),
                true);
    }
}
