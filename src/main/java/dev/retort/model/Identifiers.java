package dev.retort.model;

import java.util.Locale;

/**
 * How the model spells a name so that one migration runs on every database: as Hibernate's naming strategy wrote
 * it, each database folding it as it folds an unquoted identifier (PostgreSQL lower-cases {@code X_PORTAL_USER}
 * and {@code DTYPE}; SQLite keeps them), exactly as Hibernate's own DDL leaves them to the database. A name that
 * must keep its case everywhere (quoted in the mapping, or stored that way by a database) is <em>marked</em>:
 * wrapped in double quotes, {@code "MixedCase"}, and no database folds it. A name without upper-case letters is
 * never marked: every database keeps it as it is.
 *
 * <p>A schema-qualified name ({@code schema.table}, one dot) is marked part by part.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** Whether {@code name} is marked to keep its case: {@code "MixedCase"}. */
    public static boolean isMarked(String name) {
        return name.length() >= 2 && name.charAt(0) == '"' && name.charAt(name.length() - 1) == '"';
    }

    /** {@code name} without its mark. */
    public static String unmarked(String name) {
        return isMarked(name) ? name.substring(1, name.length() - 1) : name;
    }

    /** A name that keeps its case on every database: marked when it has upper-case letters. */
    public static String keepingCase(String name) {
        return hasUpperCase(name) ? "\"" + name + "\"" : name;
    }

    /**
     * A name as a case-folding database (PostgreSQL) stores it, spelled for the model: as it is when folding would
     * not change it, else marked; each part of a qualified name on its own.
     */
    public static String ofFoldedDatabase(String physical) {
        int dot = qualifyingDot(physical);
        if (dot > 0) {
            return keepingCase(physical.substring(0, dot)) + "." + keepingCase(physical.substring(dot + 1));
        }
        return keepingCase(physical);
    }

    /**
     * The name a database that folds unquoted identifiers to lower case stores for {@code name}: a marked name
     * unmarked, any other lower-cased (ASCII letters only, as PostgreSQL folds in UTF-8); part by part when
     * qualified.
     */
    public static String foldedLower(String name) {
        int dot = qualifyingDot(name);
        if (dot > 0) {
            return foldedLower(name.substring(0, dot)) + "." + foldedLower(name.substring(dot + 1));
        }
        if (isMarked(name)) {
            return unmarked(name);
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }

    /**
     * {@link #foldedLower} with each part cut to at most {@code maxBytes} UTF-8 bytes on a character boundary, as
     * PostgreSQL cuts an identifier longer than it keeps (63 bytes).
     */
    public static String foldedLower(String name, int maxBytes) {
        int dot = qualifyingDot(name);
        if (dot > 0) {
            return foldedLower(name.substring(0, dot), maxBytes) + "." + foldedLower(name.substring(dot + 1), maxBytes);
        }
        return truncated(foldedLower(name), maxBytes);
    }

    /** {@code text} cut to at most {@code maxBytes} UTF-8 bytes without splitting a character. */
    public static String truncated(String text, int maxBytes) {
        if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    /** The name a database that keeps identifiers as written stores: marks removed, part by part when qualified. */
    public static String kept(String name) {
        int dot = qualifyingDot(name);
        if (dot > 0) {
            return unmarked(name.substring(0, dot)) + "." + unmarked(name.substring(dot + 1));
        }
        return unmarked(name);
    }

    /** Lower case of the kept name: the key under which a case-insensitive database (SQLite) finds a name. */
    public static String caseInsensitiveKey(String name) {
        return kept(name).toLowerCase(Locale.ROOT);
    }

    private static boolean hasUpperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The dot of {@code schema.name} (exactly one, not at either end, outside marks), or -1. */
    private static int qualifyingDot(String name) {
        if (isMarked(name) && name.indexOf("\".\"") < 0 && name.indexOf("\".") < 0 && name.indexOf(".\"") < 0) {
            return -1;
        }
        int dot = name.indexOf('.');
        if (dot > 0 && dot < name.length() - 1 && name.indexOf('.', dot + 1) < 0) {
            return dot;
        }
        return -1;
    }
}
