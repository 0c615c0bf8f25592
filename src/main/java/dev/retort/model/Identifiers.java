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
        return QualifiedName.parse(physical).map(Identifiers::keepingCase).toString();
    }

    /**
     * The name a database that folds unquoted identifiers to lower case stores for {@code name}: a marked name
     * unmarked, any other lower-cased (ASCII letters only, as PostgreSQL folds in UTF-8); part by part when
     * qualified.
     */
    public static String foldedLower(String name) {
        QualifiedName q = QualifiedName.parse(name);
        if (q.schema().isPresent()) {
            return q.map(Identifiers::foldedLower).toString();
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
        return QualifiedName.parse(name).map(part -> truncated(foldedLower(part), maxBytes)).toString();
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
        return QualifiedName.parse(name).map(Identifiers::unmarked).toString();
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
}
