package dev.retort.scan.hibernate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Names an index whose name Hibernate's naming strategy invented. Hibernate's hash names ({@code IDXj56u…}) change
 * with the naming strategy and say nothing, so Retort uses {@code ix_<table>_<col1>_<col2>} ({@code ux_} when
 * unique), which is readable, deterministic, and stable for the same table and columns. A name longer than 63
 * characters is cut and ends in {@code _} plus 8 hex digits of the full name's SHA-256, so it stays unique.
 */
final class IndexNamer {

    /** PostgreSQL's identifier limit (NAMEDATALEN - 1); SQLite has none, so the stricter one applies. */
    static final int MAX_LENGTH = 63;

    private static final int HASH_LENGTH = 8;

    private IndexNamer() {
    }

    static String name(String table, List<String> columns, boolean unique) {
        // without the quotes of names marked to keep their case
        String name = ((unique ? "ux_" : "ix_") + table + "_" + String.join("_", columns)).replace("\"", "");
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String prefix = name.substring(0, MAX_LENGTH - HASH_LENGTH - 1).replaceAll("_+$", "");
        return prefix + "_" + hash(name);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
