package dev.retort.dialect.mariadb;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.Map;

/**
 * MariaDB's spelling of each {@link TypeKind}, as Hibernate 7.4's {@code MariaDBDialect} writes it on MariaDB 10.11
 * (read from its {@code hbm2ddl create} of the test corpus), so Hibernate's {@code validate} accepts the tables.
 *
 * <table>
 *   <caption>Type spellings</caption>
 *   <tr><th>kind</th><th>SQL</th><th>stored and read back as</th></tr>
 *   <tr><td>BOOLEAN</td><td>{@code bit}</td><td>{@code bit(1)}; a {@code tinyint(1)} (what {@code boolean}
 *       becomes) reads as BOOLEAN too</td></tr>
 *   <tr><td>SMALLINT, INTEGER, BIGINT</td><td>{@code smallint}, {@code int}, {@code bigint}</td><td>with display
 *       widths ({@code int(11)}), which are dropped</td></tr>
 *   <tr><td>REAL, DOUBLE</td><td>{@code float}, {@code double}</td><td></td></tr>
 *   <tr><td>NUMERIC</td><td>{@code decimal(p,s)}; without a precision {@code decimal(65,30)}, the widest</td><td>
 *       </td></tr>
 *   <tr><td>CHAR, VARCHAR</td><td>{@code char(n)}, {@code varchar(n)}; a varchar without a length is
 *       {@code varchar(255)}, Hibernate's default, since MariaDB requires one</td><td></td></tr>
 *   <tr><td>TEXT, CLOB</td><td>{@code longtext}, as Hibernate writes a long string and an {@code @Lob String}
 *       </td><td>TEXT, as is every text type ({@link #STORED_AS})</td></tr>
 *   <tr><td>BLOB</td><td>the smallest of {@code tinyblob}, {@code blob}, {@code mediumblob}, {@code longblob} that
 *       holds the length, as Hibernate picks it; {@code longblob} without one</td><td>BLOB of the most the type
 *       holds (a {@code longblob}: no length)</td></tr>
 *   <tr><td>DATE, TIME</td><td>{@code date}, {@code time}</td><td></td></tr>
 *   <tr><td>TIMESTAMP, TIMESTAMPTZ</td><td>{@code datetime(6)} both: MariaDB has no time zone in a column, and
 *       Hibernate keeps an {@code Instant} as UTC in a {@code datetime(6)}</td><td>TIMESTAMP
 *       ({@link #STORED_AS})</td></tr>
 *   <tr><td>UUID</td><td>{@code uuid}, MariaDB 10.7 and later</td><td></td></tr>
 *   <tr><td>BINARY</td><td>{@code varbinary(255)}, Hibernate's default length for {@code byte[]}</td><td></td></tr>
 *   <tr><td>JSON, JSONB</td><td>{@code json}</td><td>{@code longtext} with a {@code json_valid} CHECK, read
 *       back as JSONB</td></tr>
 *   <tr><td>OTHER</td><td>the raw text ({@code mediumtext}, {@code set('a','b')}…); an array type
 *       ({@code integer[]}) is {@code json}, as Hibernate keeps an array there</td><td>an array: JSONB
 *       ({@link #STORED_AS})</td></tr>
 * </table>
 */
public final class MariaDbTypes {

    /**
     * What MariaDB stores as another kind: a TIMESTAMPTZ is a {@code datetime(6)}, a TIMESTAMP; a JSON column is
     * the JSONB kind the reader gives every {@code json} column, and so is an array type ({@code integer[]}), which
     * Hibernate keeps as a JSON array; a CLOB is a {@code longtext}, which the reader reads as TEXT, as it reads
     * every text type.
     */
    public static final Map<TypeKind, ColumnType> STORED_AS = Map.of(
            TypeKind.TIMESTAMPTZ, ColumnType.of(TypeKind.TIMESTAMP),
            TypeKind.JSON, ColumnType.of(TypeKind.JSONB),
            TypeKind.CLOB, ColumnType.of(TypeKind.TEXT),
            // array types only (see DiffOptions.stored)
            TypeKind.OTHER, ColumnType.of(TypeKind.JSONB));

    /** The length Hibernate gives a string or byte array without one, and MariaDB's varchar needs. */
    static final int DEFAULT_LENGTH = 255;

    private MariaDbTypes() {
    }

    /**
     * The blob types, smallest first, by the most bytes each holds; a {@code longblob} (4 GiB) counts as unbounded, 0,
     * the length of a BLOB that has none.
     */
    private static final java.util.List<Map.Entry<String, Integer>> BLOBS = java.util.List.of(
            Map.entry("tinyblob", 255), Map.entry("blob", 65_535), Map.entry("mediumblob", 16_777_215),
            Map.entry("longblob", 0));

    /**
     * The smallest blob type that holds {@code length} bytes, as Hibernate's MariaDBDialect picks it; a
     * {@code longblob} when the length is 0 (unbounded).
     */
    static String blob(long length) {
        return BLOBS.stream().filter(e -> length > 0 && e.getValue() > 0 && length <= e.getValue())
                .map(Map.Entry::getKey).findFirst().orElse("longblob");
    }

    /** The BLOB a column of blob type {@code name} ({@code tinyblob}…) is: the most it holds; empty for another type. */
    public static java.util.Optional<ColumnType> blobOf(String name) {
        return BLOBS.stream().filter(e -> e.getKey().equals(name)).findFirst()
                .map(e -> new ColumnType(TypeKind.BLOB, e.getValue(), 0, 0, ""));
    }

    /** The SQL spelling of {@code type} (see the class comment). */
    public static String sql(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "bit";
            case SMALLINT -> "smallint";
            case INTEGER -> "int";
            case BIGINT -> "bigint";
            case REAL -> "float";
            case DOUBLE -> "double";
            case NUMERIC -> type.precision() > 0 ? "decimal(" + type.precision() + "," + type.scale() + ")"
                    : "decimal(65,30)";
            case CHAR -> "char(" + Math.max(1, type.length()) + ")";
            case VARCHAR -> "varchar(" + (type.length() > 0 ? type.length() : DEFAULT_LENGTH) + ")";
            // Hibernate writes longtext for a long string and for @Lob String alike
            case TEXT, CLOB -> "longtext";
            case BLOB -> blob(type.length());
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP, TIMESTAMPTZ -> "datetime(6)";
            case UUID -> "uuid";
            case BINARY -> "varbinary(" + DEFAULT_LENGTH + ")";
            case JSON, JSONB -> "json";
            // MariaDB has no arrays: Hibernate's MariaDBDialect keeps one as a JSON array in a json column
            case OTHER -> type.arrayElement().isPresent() ? "json" : type.raw();
        };
    }
}
