package dev.retort.ops;

/**
 * What applying an op may cost or break, named once ({@link OpRisks}) for every place that warns about it: the
 * generated migration's summary and review notes, the command line's summary of a new migration, and
 * {@code check}'s machine-readable output (what fixing a difference would risk).
 */
public enum Risk {
    /** Rows or values are deleted: a dropped table or column. */
    DATA_LOSS("data loss"),
    /** A column's new type may reject or truncate values it holds. */
    NARROWING("narrowing"),
    /** A column becomes NOT NULL: fails while a row holds NULL. */
    NOT_NULL_ADDED("NOT NULL added"),
    /** A NOT NULL column without a default is added: fails when the table has rows. */
    NOT_NULL_WITHOUT_DEFAULT("NOT NULL without default"),
    /** A unique constraint goes: duplicates become possible. */
    UNIQUENESS_LOST("uniqueness lost"),
    /** A foreign key with an ON UPDATE action goes, and entities cannot declare one to put back. */
    ON_UPDATE_LOST("ON UPDATE lost"),
    /** A sequence's increment changes, which Hibernate's allocation size must match. */
    INCREMENT_CHANGED("increment changed"),
    /** Labels of an enum type go: fails while a row holds one. */
    LABELS_REMOVED("labels removed"),
    /** A primary key goes: duplicate keys become possible. */
    PRIMARY_KEY_DROPPED("primary key dropped"),
    /** A primary key moves to other columns, which may hold duplicates or NULLs. */
    PRIMARY_KEY_CHANGED("primary key changed");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    /** The words shown beside an op, e.g. {@code data loss}. */
    public String label() {
        return label;
    }

    /** The spelling in machine-readable output: {@code data_loss}, {@code not_null_added}, … */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the op can lose data that its inverse cannot bring back. */
    public boolean losesData() {
        return this == DATA_LOSS || this == NARROWING || this == LABELS_REMOVED;
    }
}
