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
        return switch (this) {
            case EXACT -> name;
            case FOLDS_TO_LOWER -> Identifiers.foldedLower(name, POSTGRES_MAX_IDENTIFIER_BYTES);
            case IGNORES_CASE -> Identifiers.caseInsensitiveKey(name);
        };
    }
}
