package dev.retort.model;

import dev.retort.annotations.PublicApi;

/**
 * What a foreign key does when the referenced row is deleted (ON DELETE) or its key changes (ON UPDATE).
 * {@link #NO_ACTION} is the SQL default.
 */
@PublicApi
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** Parses the catalog spelling ("SET NULL", "set_null", "CASCADE"…); unknown or empty means NO ACTION. */
    public static ReferentialAction parse(String text) {
        if (text == null) {
            return NO_ACTION;
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
        for (ReferentialAction a : values()) {
            if (a.sql.equals(t)) {
                return a;
            }
        }
        return NO_ACTION;
    }
}
