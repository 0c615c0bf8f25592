package dev.retort.model;

/**
 * How a database matches the names of the model ({@link Identifiers}) against those it stores.
 */
public enum NameMatching {
    /** Names are compared exactly as written (no database; the rules of the differ's own tests). */
    EXACT,
    /**
     * PostgreSQL: an unmarked name is stored lower-cased, a marked one as it is, either cut to the first 63 bytes;
     * stored names compare exactly.
     */
    FOLDS_TO_LOWER,
    /** SQLite: names are stored as written and compared without regard to ASCII case. */
    IGNORES_CASE;

    /** The most bytes PostgreSQL keeps of an identifier (NAMEDATALEN - 1). */
    public static final int POSTGRES_MAX_IDENTIFIER_BYTES = 63;

    /** The name the database stores for the model's {@code name}. */
    public String physical(String name) {
        return this == FOLDS_TO_LOWER ? Identifiers.foldedLower(name, POSTGRES_MAX_IDENTIFIER_BYTES)
                : Identifiers.kept(name);
    }

    /** The key under which the database finds {@code name}: two names with one key are one name there. */
    public String key(String name) {
        if (this == EXACT) {
            return name;
        }
        // a schema's names are looked up again for every op of a migration: remember their keys (a bounded memo)
        java.util.Map<String, String> memo = this == FOLDS_TO_LOWER ? FOLDED_MEMO : IGNORING_CASE_MEMO;
        String key = memo.get(name);
        if (key == null) {
            key = this == FOLDS_TO_LOWER ? Identifiers.foldedLower(name, POSTGRES_MAX_IDENTIFIER_BYTES)
                    : Identifiers.caseInsensitiveKey(name);
            if (memo.size() > MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(name, key);
        }
        return key;
    }

    private static final int MEMO_LIMIT = 200_000;
    private static final java.util.Map<String, String> FOLDED_MEMO = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> IGNORING_CASE_MEMO = new java.util.concurrent.ConcurrentHashMap<>();
}
