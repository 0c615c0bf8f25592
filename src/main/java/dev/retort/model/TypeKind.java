package dev.retort.model;

import dev.retort.annotations.PublicApi;

/**
 * The database-neutral family of a column type. Each dialect renders a kind to its own SQL spelling
 * and parses its catalog back to a kind, so two models compare with {@code equals}.
 */
@PublicApi
public enum TypeKind {
    BOOLEAN(Shape.PLAIN),
    SMALLINT(Shape.PLAIN),
    INTEGER(Shape.PLAIN),
    BIGINT(Shape.PLAIN),
    REAL(Shape.PLAIN),
    DOUBLE(Shape.PLAIN),
    NUMERIC(Shape.PRECISION_SCALE),
    CHAR(Shape.LENGTH),
    VARCHAR(Shape.LENGTH),
    TEXT(Shape.PLAIN),
    /**
     * A character large object, what Hibernate maps {@code @Lob String} to: {@code clob} on SQLite, a large-object
     * {@code oid} on PostgreSQL.
     */
    CLOB(Shape.PLAIN),
    DATE(Shape.PLAIN),
    TIME(Shape.PLAIN),
    TIMESTAMP(Shape.PLAIN),
    TIMESTAMPTZ(Shape.PLAIN),
    UUID(Shape.PLAIN),
    BINARY(Shape.PLAIN),
    /**
     * A binary large object, what Hibernate maps {@code @Lob byte[]} to: {@code blob} on SQLite, {@code oid} on
     * PostgreSQL, on MariaDB the smallest blob type that holds its length ({@code tinyblob} for Hibernate's default
     * 255, {@code blob}, {@code mediumblob}, {@code longblob}). The length is 0 when unbounded; only MariaDB keeps it.
     */
    BLOB(Shape.LENGTH),
    JSON(Shape.PLAIN),
    JSONB(Shape.PLAIN),
    /** A type Retort does not model; {@link ColumnType#raw()} holds its SQL text. */
    OTHER(Shape.RAW);

    /** Which parameters a kind carries. */
    public enum Shape { PLAIN, LENGTH, PRECISION_SCALE, RAW }

    private final Shape shape;

    TypeKind(Shape shape) {
        this.shape = shape;
    }

    public Shape shape() {
        return shape;
    }

    public boolean isIntegral() {
        return this == SMALLINT || this == INTEGER || this == BIGINT;
    }
}
