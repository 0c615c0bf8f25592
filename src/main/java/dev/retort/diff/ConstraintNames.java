package dev.retort.diff;

import dev.retort.model.GeneratedNames;
import java.util.List;

/**
 * Readable, deterministic names for constraints the entities left unnamed, so that generated migrations
 * name every constraint they create and a later migration can drop it by name:
 * {@code fk_alerts_mmsi}, {@code uq_users_email}, {@code ck_alerts_1a2b3c4d}.
 */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    public static String foreignKey(String table, List<String> columns) {
        return fit("fk_" + table + "_" + String.join("_", columns));
    }

    public static String unique(String table, List<String> columns) {
        return fit("uq_" + table + "_" + String.join("_", columns));
    }

    public static String check(String table, String expression) {
        return fit("ck_" + table + "_" + shortHash(expression));
    }

    /** {@link GeneratedNames#constraint}. */
    static String fit(String name) {
        return GeneratedNames.constraint(name);
    }

    static String shortHash(String text) {
        return GeneratedNames.hash(text);
    }
}
