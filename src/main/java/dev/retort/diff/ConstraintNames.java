package dev.retort.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Readable, deterministic names for constraints the entities left unnamed, so that generated migrations
 * name every constraint they create and a later migration can drop it by name:
 * {@code fk_alerts_mmsi}, {@code uq_users_email}, {@code ck_alerts_1a2b3c4d}.
 */
public final class ConstraintNames {
    /** PostgreSQL's identifier limit; the strictest of the supported databases. */
    static final int MAX_LENGTH = 63;

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

    /**
     * Lower case, without the quotes of names marked to keep their case ({@link dev.retort.model.Identifiers});
     * truncated when long and kept unique with a hash of the whole name.
     */
    static String fit(String name) {
        String lower = name.replace("\"", "").toLowerCase(java.util.Locale.ROOT);
        if (lower.length() <= MAX_LENGTH) {
            return lower;
        }
        String hash = shortHash(lower);
        return lower.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
