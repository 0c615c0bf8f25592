package dev.retort.scan.hibernate;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.type.SqlTypes;

/**
 * Derives a column's canonical type from what Hibernate resolved for it: the DDL type code
 * ({@link Column#getSqlTypeCode(org.hibernate.type.MappingContext)}, a {@link SqlTypes} constant) and the resolved
 * size, cross-checked against the DDL type name Hibernate would write.
 *
 * <p>What Hibernate 7.4 reports, by Java type (SQLite community dialect / PostgreSQLDialect), and the kind Retort
 * derives; the surprises are marked with *:
 * <pre>
 * boolean, Boolean      BOOLEAN boolean / boolean                      BOOLEAN
 * byte                  TINYINT tinyint / smallint                     SMALLINT
 * short, int, long      SMALLINT, INTEGER, BIGINT                      SMALLINT, INTEGER, BIGINT
 * float                 FLOAT(24) float / float4 *                     REAL
 * double                FLOAT(53) float / float(53) *                  DOUBLE
 * BigDecimal            NUMERIC numeric(38,2) *                        NUMERIC(38,2), or the declared precision/scale
 * BigInteger            NUMERIC numeric(38,0)                          NUMERIC(38,0)
 * String                VARCHAR varchar(255)                           VARCHAR(length)
 * String, length over PostgreSQL's limit of 10485760
 *                       VARCHAR varchar(n) / text *                    VARCHAR(n) / TEXT
 * char, Character       CHAR char / char(1)                            CHAR(1)
 * &#64;Lob String           CLOB clob / oid *                              CLOB (clob / oid)
 * &#64;Lob byte[], Blob     BLOB blob / oid *                              BLOB(length) (blob / oid; MariaDB: tinyblob…)
 * byte[]                VARBINARY blob / bytea                         BINARY
 * UUID                  BINARY blob * / UUID uuid                      UUID on both (one neutral kind)
 * LocalDate             DATE date                                      DATE
 * LocalTime            TIME time(0)                                   TIME
 * OffsetTime            TIME_UTC time(0) *                             TIME
 * LocalDateTime, Date   TIMESTAMP timestamp / timestamp(6)             TIMESTAMP
 * Instant, OffsetDateTime, ZonedDateTime
 *                       TIMESTAMP_UTC timestamp * / timestamp(6) with time zone   TIMESTAMPTZ
 * Duration              NUMERIC numeric(21,0) *                        NUMERIC(21,0)
 * Year                  INTEGER integer                                INTEGER
 * &#64;JdbcTypeCode(JSON)   LONG32VARCHAR clob * / JSON jsonb              JSONB on both (one neutral kind)
 * enum STRING           VARCHAR varchar(255) + CHECK in (...)          VARCHAR(length)
 * enum STRING length=1  CHAR char / char(1) + CHECK in (...) *         CHAR(1)
 * enum STRING, MariaDB  ENUM enum ('A','B') *                          VARCHAR(length) + CHECK in (...), as above
 * enum ORDINAL          TINYINT tinyint / smallint + CHECK between     SMALLINT
 * &#64;JdbcTypeCode(NAMED_ENUM) PostgreSQL: a named type (create type ... as enum) OTHER(type name);
 *                       SQLite: no DDL type; the column's type as Hibernate reads it for PostgreSQL
 *                       (HibernateReader reads the entities for PostgreSQL too, and passes those types in)
 * &#64;JdbcTypeCode(ENUM)   no DDL type on either dialect *                VARCHAR without length
 * String[], Integer[]   VARBINARY blob * / ARRAY varchar(255) array, integer array
 *                                                                      OTHER(character varying(255)[]) on both *
 *                       (the array type PostgreSQL creates; SQLite spells it blob, as Hibernate stores it)
 * &#64;JdbcTypeCode(ARRAY) List&lt;String&gt;, UUID[]
 *                       SQLite: no DDL type (or a blob); the array type PostgreSQL's reading gives / as String[]
 * inet, interval, ...   OTHER(Hibernate's spelling)
 * </pre>
 * An explicit {@code columnDefinition} wins over all of this: it is parsed when it is a bare type
 * ({@code "text"}, {@code "varchar(20)"}, {@code "jsonb"}) and otherwise kept verbatim as {@code OTHER}.
 *
 * <p>On PostgreSQL an {@code OTHER} array type, Hibernate's or a {@code columnDefinition} such as
 * {@code "text[]"}, is spelled the way the catalog reports it ({@link PostgresTypeSpelling}):
 * {@code varchar(255) array} becomes {@code character varying(255)[]}, {@code integer array} {@code integer[]}.
 */
final class ColumnTypeDeriver {

    private final Metadata metadata;
    private final Dialect dialect;
    private final boolean postgres;

    /**
     * For a dialect without named enum types or arrays (SQLite): the types of such columns as Hibernate reads them for
     * PostgreSQL, by {@link #key}.
     */
    private final java.util.Map<String, ColumnType> postgresTypes;

    ColumnTypeDeriver(Metadata metadata) {
        this(metadata, java.util.Map.of());
    }

    /**
     * @param postgresTypes for a dialect without named enum types or arrays (SQLite): the types of the named-enum and
     *     array columns as Hibernate reads them for PostgreSQL, by {@link #key}, so that the model (and a migration
     *     generated from it) is the same on both databases
     */
    ColumnTypeDeriver(Metadata metadata, java.util.Map<String, ColumnType> postgresTypes) {
        this.metadata = metadata;
        this.dialect = metadata.getDatabase().getDialect();
        this.postgres = dialect instanceof PostgreSQLDialect;
        this.postgresTypes = java.util.Map.copyOf(postgresTypes);
    }

    /** A column's key among the named-enum columns: Hibernate's table and column names, lower case. */
    static String key(Table table, Column column) {
        return (table.getName() + "." + column.getName()).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code column} is mapped to a named database enum type ({@code NAMED_ENUM}, {@code NAMED_ORDINAL_ENUM}). */
    static boolean namedEnum(Column column, Metadata metadata) {
        int code = code(column, metadata);
        return code == SqlTypes.NAMED_ENUM || code == SqlTypes.NAMED_ORDINAL_ENUM;
    }

    /**
     * Whether {@code column} has a type that only Hibernate's PostgreSQL reading spells: a named enum, an
     * {@code @JdbcTypeCode(ARRAY)} list, or an array whose element {@link #arrayType} cannot name ({@code UUID[]}).
     * Arrays of strings and numbers are spelled without it, so they cost no second reading.
     */
    static boolean postgresOnly(Column column, Metadata metadata) {
        return namedEnum(column, metadata) || code(column, metadata) == SqlTypes.ARRAY
                || plural(column) && arrayType(column).isEmpty();
    }

    /** Whether the column holds a plural basic type (an array or collection Hibernate keeps in one column). */
    private static boolean plural(Column column) {
        try {
            return column.getValue() instanceof org.hibernate.mapping.BasicValue basic
                    && basic.resolve().getJdbcMapping() instanceof org.hibernate.type.BasicPluralType<?, ?>;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int code(Column column, Metadata metadata) {
        try {
            return HibernateApi.sqlTypeCode(column, metadata);
        } catch (RuntimeException e) {
            return SqlTypes.OTHER;
        }
    }

    private RetortException noSqlType(Table table, Column column, int code) {
        if (code == SqlTypes.NAMED_ENUM) {
            return new RetortException(ErrorCode.SCAN, "Column " + column.getName() + " of table " + table.getName()
                    + " is mapped to a named database enum type (@JdbcTypeCode(SqlTypes.NAMED_ENUM)), which "
                    + dialect.getClass().getSimpleName() + " does not have: Hibernate itself cannot create or"
                    + " validate this table there, so the application cannot run on that database with this mapping."
                    + " Scan for PostgreSQL (--url of a PostgreSQL database), where migrations that create the type"
                    + " also run on SQLite (as a text column), or map the attribute with @Enumerated(EnumType.STRING),"
                    + " which both databases store as text.");
        }
        return new RetortException(ErrorCode.SCAN, "Hibernate has no SQL type for column " + column.getName()
                + " of table " + table.getName() + " (type code " + code + ") on dialect "
                + dialect.getClass().getName() + ". Give the attribute an explicit @Column(columnDefinition = \"...\")"
                + " or a type the dialect supports.");
    }

    /**
     * @param explicitDefinition the column's {@code columnDefinition} as it stood before Hibernate resolved any
     *     type name (resolving caches the name in the same field), or null
     */
    ColumnType derive(Table table, Column column, String explicitDefinition) {
        ColumnType type = hibernateOrExplicit(table, column, explicitDefinition);
        if (postgres && type.kind() == TypeKind.OTHER) {
            return ColumnType.other(PostgresTypeSpelling.normalise(type.raw()));
        }
        return type;
    }

    private ColumnType hibernateOrExplicit(Table table, Column column, String explicitDefinition) {
        if (explicitDefinition != null && !explicitDefinition.isBlank()) {
            return fromText(explicitDefinition);
        }
        if (!postgres && namedEnum(column, metadata) && postgresTypes.containsKey(key(table, column))) {
            // SQLite has no named enum types: the column is what PostgreSQL has, which SQLite stores as text
            return postgresTypes.get(key(table, column));
        }
        int logical = jdbcCode(column, false);

        if (logical == SqlTypes.JSON) {
            // JSON is JSONB where Hibernate creates it natively (PostgreSQL) and text elsewhere (SQLite stores
            // it as clob); one neutral kind keeps a migration made on either database valid on the other
            return ColumnType.of(TypeKind.JSONB);
        }
        int spelled = jdbcCode(column, true);
        if (!postgres) {
            // SQLite keeps an array (a plural basic type) as a blob; the model keeps the array type PostgreSQL
            // would create, so a migration made here makes an array column there
            ColumnType postgresArray = postgresTypes.get(key(table, column));
            if (postgresArray != null && postgresArray.kind() == TypeKind.OTHER && postgresArray.raw().endsWith("[]")) {
                return postgresArray; // the array type PostgreSQL creates, element types SQLite lacks included (uuid)
            }
            Optional<String> array = arrayType(column);
            if (array.isPresent()) {
                return ColumnType.other(PostgresTypeSpelling.normalise(array.get()));
            }
        }
        if (logical == SqlTypes.UUID && spelled != SqlTypes.VARCHAR && spelled != SqlTypes.CHAR) {
            // a UUID is uuid where the database has the type (PostgreSQL) and a 16-byte blob elsewhere (SQLite);
            // the neutral kind keeps the key and the foreign keys to it alike, and a migration portable
            return ColumnType.of(TypeKind.UUID);
        }
        try {
            int code = HibernateApi.sqlTypeCode(column, metadata);
            Optional<String> ddl = ddlName(column);
            Size size = HibernateApi.columnSize(column, dialect, metadata);
            // a type the dialect cannot spell (an @JdbcTypeCode(ARRAY) list on SQLite): PostgreSQL's, which
            // SQLite keeps as a blob like any other array
            if (code == SqlTypes.BLOB || code == SqlTypes.MATERIALIZED_BLOB) {
                return blob(size, ddl);
            }
            return fromCode(code, size, ddl).or(() -> Optional.ofNullable(postgresTypes.get(key(table, column))))
                    .orElseThrow(() -> noSqlType(table, column, code));
        } catch (HibernateException e) {
            throw new RetortException(ErrorCode.SCAN, "Hibernate could not resolve the SQL type of column "
                    + column.getName() + " of table " + table.getName() + ": " + HibernateMessages.of(e)
                    + ". Give the attribute an explicit @Column(columnDefinition = \"...\") or a type the dialect"
                    + " supports.", e);
        }
    }

    /**
     * The type code of the column's JDBC type before the dialect spelled it for DDL: {@link SqlTypes#UUID} for a
     * UUID that SQLite stores as binary, {@link SqlTypes#JSON} for JSON it stores as text; 0 when the column's
     * value is not a basic value or does not resolve.
     */
    /**
     * The type code of the column's JDBC type before the dialect spelled it for DDL ({@link SqlTypes#UUID} for a
     * UUID that SQLite stores as binary, {@link SqlTypes#JSON} for JSON it stores as text), or with {@code ddl}
     * the code it is spelled by (a UUID kept as text is {@code CHAR}); 0 when the column's value is not a basic
     * value or does not resolve.
     */
    /**
     * The PostgreSQL array type of an array column, in Hibernate's spelling ({@code varchar(255) array}), for the
     * element types whose spelling does not depend on the dialect; empty for any other.
     */
    private static Optional<String> arrayType(Column column) {
        if (!(column.getValue() instanceof org.hibernate.mapping.BasicValue basic)) {
            return Optional.empty();
        }
        try {
            if (!(basic.resolve().getJdbcMapping() instanceof org.hibernate.type.BasicPluralType<?, ?> plural)) {
                return Optional.empty();
            }
            long length = column.getLength() == null ? org.hibernate.engine.jdbc.Size.DEFAULT_LENGTH
                    : column.getLength();
            String element = switch (plural.getElementType().getJdbcType().getDefaultSqlTypeCode()) {
                case SqlTypes.VARCHAR, SqlTypes.NVARCHAR -> "varchar(" + length + ")";
                case SqlTypes.BOOLEAN, SqlTypes.BIT -> "boolean";
                case SqlTypes.TINYINT, SqlTypes.SMALLINT -> "smallint";
                case SqlTypes.INTEGER -> "integer";
                case SqlTypes.BIGINT -> "bigint";
                case SqlTypes.UUID -> "uuid";
                case SqlTypes.DATE -> "date";
                default -> null;
            };
            return Optional.ofNullable(element).map(e -> e + " array");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int jdbcCode(Column column, boolean ddl) {
        if (column.getValue() instanceof org.hibernate.mapping.BasicValue basic) {
            try {
                org.hibernate.type.descriptor.jdbc.JdbcType type = basic.resolve().getJdbcMapping().getJdbcType();
                return ddl ? type.getDdlTypeCode() : type.getDefaultSqlTypeCode();
            } catch (RuntimeException e) {
                return 0;
            }
        }
        return 0;
    }

    private Optional<String> ddlName(Column column) {
        try {
            return Optional.ofNullable(column.getSqlType(metadata)).map(s -> dev.retort.text.Text.lowerOutsideLiterals(s.strip()));
        } catch (HibernateException e) {
            return Optional.empty(); // e.g. SqlTypes.ENUM: no DDL type on SQLite or PostgreSQL
        }
    }

    private static ColumnType fromText(String sql) {
        return ColumnDefinitionParser.parse(sql).orElseGet(() -> ColumnType.other(sql));
    }

    /**
     * The values of a column that Hibernate makes a native enum ({@code enum ('A','B')}, on MariaDB and MySQL), which
     * the model keeps as a varchar limited to them by a check ({@link dev.retort.model.ValueList}), as on the
     * databases without a native enum; empty for any other column or when an explicit definition decides the type.
     */
    Optional<List<String>> nativeEnumValues(Column column, String explicitDefinition) {
        if (explicitDefinition != null && !explicitDefinition.isBlank() || code(column, metadata) != SqlTypes.ENUM) {
            return Optional.empty();
        }
        return ddlName(column).flatMap(ColumnTypeDeriver::nativeEnum).map(values -> inDeclarationOrder(column, values));
    }

    /**
     * {@code values} in the order the enum declares its constants, as Hibernate lists them in the check it writes
     * elsewhere (its native enum type sorts them by name), so that the model and a migration made from it are the
     * same on every database; as they are when they are not the constants' names.
     */
    private static List<String> inDeclarationOrder(Column column, List<String> values) {
        try {
            if (column.getValue() instanceof org.hibernate.mapping.BasicValue basic) {
                Class<?> type = basic.resolve().getDomainJavaType().getJavaTypeClass();
                if (type.isEnum()) {
                    List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name()).toList();
                    if (java.util.Set.copyOf(names).equals(java.util.Set.copyOf(values))) {
                        return names;
                    }
                }
            }
        } catch (RuntimeException e) {
            // a value Hibernate cannot resolve keeps the order of its type
        }
        return values;
    }

    private static final java.util.regex.Pattern NATIVE_ENUM = java.util.regex.Pattern.compile("(?s)enum\\s*\\((.*)\\)");

    private static Optional<List<String>> nativeEnum(String ddl) {
        java.util.regex.Matcher m = NATIVE_ENUM.matcher(ddl);
        return m.matches() ? dev.retort.model.ValueList.literals(m.group(1)) : Optional.empty();
    }

    private static Optional<ColumnType> fromCode(int code, Size size, Optional<String> ddl) {
        ColumnType type = switch (code) {
            case SqlTypes.BIT, SqlTypes.BOOLEAN -> ColumnType.of(TypeKind.BOOLEAN);
            case SqlTypes.TINYINT, SqlTypes.SMALLINT -> ColumnType.of(TypeKind.SMALLINT);
            case SqlTypes.INTEGER -> ColumnType.of(TypeKind.INTEGER);
            case SqlTypes.BIGINT -> ColumnType.of(TypeKind.BIGINT);
            case SqlTypes.REAL -> ColumnType.of(TypeKind.REAL);
            // Hibernate reports both float and double as FLOAT; the precision (in bits) tells them apart
            case SqlTypes.FLOAT -> ColumnType.of(size.getPrecision() != null && size.getPrecision() <= 24
                    ? TypeKind.REAL : TypeKind.DOUBLE);
            case SqlTypes.DOUBLE -> ColumnType.of(TypeKind.DOUBLE);
            case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> ColumnType.numeric(orZero(size.getPrecision()),
                    orZero(size.getScale()));
            case SqlTypes.CHAR, SqlTypes.NCHAR -> ddl.isEmpty() || ddl.get().contains("char")
                    ? ColumnType.chars(length(size)) : fromText(ddl.get());
            // a native enum (MariaDB's enum ('A','B')) is a varchar in the model, its values a check
            // (nativeEnumValues), as on the databases without one
            case SqlTypes.VARCHAR, SqlTypes.NVARCHAR, SqlTypes.ENUM -> ddl.isEmpty() || ddl.get().contains("char")
                    ? ColumnType.varchar(length(size))
                    : nativeEnum(ddl.get()).isPresent() ? ColumnType.varchar(size.getLength() == null
                            ? (int) Size.DEFAULT_LENGTH : length(size)) : fromText(ddl.get());
            case SqlTypes.LONGVARCHAR, SqlTypes.LONGNVARCHAR, SqlTypes.LONG32VARCHAR, SqlTypes.LONG32NVARCHAR ->
                    ColumnType.of(TypeKind.TEXT);
            // @Lob String: clob on SQLite, a large object (oid) on PostgreSQL, longtext on MariaDB
            case SqlTypes.CLOB, SqlTypes.NCLOB, SqlTypes.MATERIALIZED_CLOB, SqlTypes.MATERIALIZED_NCLOB ->
                    isOid(ddl) || ddl.filter(d -> d.contains("clob") || d.equals("longtext")).isPresent()
                            ? ColumnType.of(TypeKind.CLOB)
                            : ColumnType.of(TypeKind.TEXT);
            case SqlTypes.DATE, SqlTypes.LOCAL_DATE -> ColumnType.of(TypeKind.DATE);
            case SqlTypes.TIME, SqlTypes.TIME_WITH_TIMEZONE, SqlTypes.TIME_UTC, SqlTypes.LOCAL_TIME,
                    SqlTypes.OFFSET_TIME -> ColumnType.of(TypeKind.TIME);
            case SqlTypes.TIMESTAMP, SqlTypes.LOCAL_DATE_TIME -> ColumnType.of(TypeKind.TIMESTAMP);
            case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC, SqlTypes.INSTANT,
                    SqlTypes.OFFSET_DATE_TIME, SqlTypes.ZONED_DATE_TIME -> ColumnType.of(TypeKind.TIMESTAMPTZ);
            case SqlTypes.UUID -> ColumnType.of(TypeKind.UUID);
            case SqlTypes.BINARY, SqlTypes.VARBINARY, SqlTypes.LONGVARBINARY, SqlTypes.LONG32VARBINARY ->
                    isOid(ddl) ? ColumnType.of(TypeKind.BLOB) : ColumnType.of(TypeKind.BINARY);
            case SqlTypes.JSON, SqlTypes.JSON_ARRAY -> ColumnType.of(
                    ddl.filter(d -> d.startsWith("jsonb")).isPresent() ? TypeKind.JSONB : TypeKind.JSON);
            default -> ddl.map(ColumnTypeDeriver::fromText).orElse(null);
        };
        return Optional.ofNullable(type);
    }

    /**
     * {@code @Lob byte[]}: blob on SQLite, a large object (oid) on PostgreSQL, both with the length Hibernate sizes
     * it by (255 by default), which they do not keep; on MariaDB the length of the blob type Hibernate picks for that
     * length ({@code tinyblob} 255, {@code blob} 65535, {@code mediumblob} 16777215, {@code longblob} unbounded, 0),
     * which is what MariaDB reads back.
     */
    private ColumnType blob(Size size, Optional<String> ddl) {
        int length = length(size);
        if (dialect instanceof org.hibernate.dialect.MySQLDialect && ddl.isPresent()) {
            length = switch (ddl.get()) {
                case "tinyblob" -> 255;
                case "blob" -> 65_535;
                case "mediumblob" -> 16_777_215;
                default -> 0;
            };
        }
        return new ColumnType(TypeKind.BLOB, length, 0, 0, "");
    }

    private static boolean isOid(Optional<String> ddl) {
        return ddl.filter("oid"::equals).isPresent();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static int length(Size size) {
        Long length = size.getLength();
        return length == null ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(0, length));
    }
}
