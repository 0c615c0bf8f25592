package dev.retort.dialect;

import dev.retort.model.Sequence;

/**
 * {@code CREATE SEQUENCE} and {@code ALTER SEQUENCE} as PostgreSQL and MariaDB both take them
 * (https://www.postgresql.org/docs/current/sql-createsequence.html, https://mariadb.com/kb/en/create-sequence/).
 */
public final class SequenceSql {
    private SequenceSql() {
    }

    /** {@code CREATE SEQUENCE name START WITH s INCREMENT BY i}, with the bound {@link #bound} moves. */
    public static String create(String quotedName, Sequence s) {
        return "CREATE SEQUENCE " + quotedName + " START WITH " + s.start() + " INCREMENT BY " + s.increment()
                + bound(s);
    }

    /**
     * INCREMENT BY, and START WITH (with its bound, as on creation) when the start changed. The start is only what a
     * later RESTART without a value goes back to: the sequence's current value stays, and Retort never restarts a
     * sequence, so no value is handed out twice.
     */
    public static String alter(String quotedName, Sequence from, Sequence to) {
        String start = from.start() == to.start() ? "" : " START WITH " + to.start() + bound(to);
        return "ALTER SEQUENCE " + quotedName + " INCREMENT BY " + to.increment() + start;
    }

    /**
     * An ascending sequence's default MINVALUE is 1 and a descending one's MAXVALUE is -1, and START WITH must lie
     * between the bounds; a start beyond the default bound moves that bound to the start.
     */
    private static String bound(Sequence s) {
        return s.increment() > 0 && s.start() < 1 ? " MINVALUE " + s.start()
                : s.increment() < 0 && s.start() > -1 ? " MAXVALUE " + s.start()
                : "";
    }
}
