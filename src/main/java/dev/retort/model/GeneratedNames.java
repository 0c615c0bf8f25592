package dev.retort.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one allocator of names Retort makes up (indexes whose name Hibernate invented, constraints the entities left
 * unnamed): a name that fits every supported database is kept, a longer one is cut and ends in {@code _} and 8 hex
 * digits of the whole name's SHA-256, so that it stays unique and the same table and columns always get it.
 *
 * <p>Every database keeps the name whole: PostgreSQL cuts identifiers at {@value #MAX_BYTES} bytes of UTF-8
 * (NAMEDATALEN - 1), MySQL and MariaDB refuse names over 64 characters, SQLite has no limit. So names are measured
 * in bytes and cut on a character boundary, never inside one, and one migration holds the same name on each.
 */
public final class GeneratedNames {
    /** PostgreSQL's limit in UTF-8 bytes, the strictest of the supported databases' (MySQL's is 64 characters). */
    public static final int MAX_BYTES = NameMatching.POSTGRES_MAX_IDENTIFIER_BYTES;

    private static final int HASH_HEX_DIGITS = 8;

    private GeneratedNames() {
    }

    /**
     * {@code name} when it fits, else its head, cut to leave room for {@code _} and the hash, then the hash.
     *
     * @param trimSeparators whether underscores the cut leaves at the end of the head go (index names have always
     *     dropped them, constraint names kept them; each keeps its rule so that names already in databases stay)
     */
    public static String fit(String name, boolean trimSeparators) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        String head = Identifiers.truncated(name, MAX_BYTES - HASH_HEX_DIGITS - 1);
        if (trimSeparators) {
            head = head.replaceAll("_+$", "");
        }
        return head + "_" + hash(name);
    }

    /**
     * A constraint name Retort makes up ({@code fk_alerts_mmsi}, {@code ck_ticket_status}): lower case, without the
     * quotes of names marked to keep their case ({@link Identifiers}), {@linkplain #fit fitted} when long.
     */
    public static String constraint(String name) {
        return fit(name.replace("\"", "").toLowerCase(java.util.Locale.ROOT), false);
    }

    /** 8 hex digits of the SHA-256 of {@code text}'s UTF-8 bytes. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_HEX_DIGITS / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
