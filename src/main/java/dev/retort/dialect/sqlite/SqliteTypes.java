package dev.retort.dialect.sqlite;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's spelling of each {@link TypeKind}, and the inverse: a declared column type read from the catalog
 * back to a {@link ColumnType}. The spellings are those Hibernate's SQLite dialect writes, so that its schema
 * validator accepts the tables; {@code parse(sql(t))} is {@code t}, or for the kinds SQLite stores as another
 * ({@link #STORED_AS}: a {@code timestamptz} is a {@code timestamp}, a {@code uuid} a {@code blob}) that kind.
 *
 * <p>SQLite stores any declared type text and derives only a storage <em>affinity</em> from it
 * (https://www.sqlite.org/datatype3.html#determination_of_column_affinity): a name containing {@code INT} is
 * INTEGER; {@code CHAR}, {@code CLOB} or {@code TEXT} is TEXT; {@code BLOB} (or no type) is BLOB;
 * {@code REAL}, {@code FLOA} or {@code DOUB} is REAL; anything else is NUMERIC. The spellings below keep
 * each kind in a sensible affinity:
 *
 * <table>
 *   <caption>Type spellings</caption>
 *   <tr><th>kind</th><th>SQL</th><th>affinity</th></tr>
 *   <tr><td>BOOLEAN</td><td>{@code boolean}</td><td>NUMERIC (TRUE/FALSE are stored as 1/0)</td></tr>
 *   <tr><td>SMALLINT, INTEGER, BIGINT</td><td>{@code smallint}, {@code integer}, {@code bigint}</td><td>INTEGER</td></tr>
 *   <tr><td>REAL, DOUBLE</td><td>{@code real}, {@code double precision}</td><td>REAL</td></tr>
 *   <tr><td>NUMERIC</td><td>{@code numeric(p,s)}, or {@code numeric}</td><td>NUMERIC</td></tr>
 *   <tr><td>CHAR, VARCHAR, TEXT</td><td>{@code char(n)}, {@code varchar(n)}, {@code text}</td><td>TEXT (the length is not enforced)</td></tr>
 *   <tr><td>CLOB</td><td>{@code clob}</td><td>TEXT</td></tr>
 *   <tr><td>DATE, TIME, TIMESTAMP, TIMESTAMPTZ</td><td>{@code date}, {@code time}, {@code timestamp},
 *       {@code timestamp}</td><td>NUMERIC (ISO-8601 text stays text; epoch numbers stay numbers)</td></tr>
 *   <tr><td>UUID, BINARY, BLOB</td><td>{@code blob}</td><td>BLOB (Hibernate binds a UUID as its 16 bytes)</td></tr>
 *   <tr><td>JSON, JSONB</td><td>{@code clob}, as Hibernate writes JSON there; reads back as CLOB</td><td>TEXT</td></tr>
 *   <tr><td>OTHER</td><td>the raw text; {@code blob} for an array type such as {@code integer[]}, as Hibernate keeps
 *       arrays on SQLite</td><td>whatever SQLite derives from it</td></tr>
 * </table>
 *
 * <p>Parsing is tolerant of case, spacing and common aliases ({@code INT}, {@code VARCHAR ( 20 )},
 * {@code DECIMAL(10, 2)}, {@code DATETIME}, {@code CHARACTER VARYING}…). A column declared without a type
 * has BLOB affinity, so it reads as {@link TypeKind#BINARY}. Unknown names read as {@link TypeKind#OTHER}.
 */
public final class SqliteTypes {

    private static final Pattern SHAPE = Pattern.compile("^([^()]*?)\\s*(?:\\(([^()]*)\\))?\\s*([^()]*)$");

    private static final Map<String, TypeKind> NAMES = Map.ofEntries(
            Map.entry("bool", TypeKind.BOOLEAN),
            Map.entry("boolean", TypeKind.BOOLEAN),
            Map.entry("tinyint", TypeKind.SMALLINT),
            Map.entry("smallint", TypeKind.SMALLINT),
            Map.entry("int2", TypeKind.SMALLINT),
            Map.entry("int", TypeKind.INTEGER),
            Map.entry("integer", TypeKind.INTEGER),
            Map.entry("int4", TypeKind.INTEGER),
            Map.entry("mediumint", TypeKind.INTEGER),
            Map.entry("bigint", TypeKind.BIGINT),
            Map.entry("int8", TypeKind.BIGINT),
            Map.entry("unsigned big int", TypeKind.BIGINT),
            Map.entry("real", TypeKind.REAL),
            Map.entry("float4", TypeKind.REAL),
            Map.entry("double", TypeKind.DOUBLE),
            Map.entry("double precision", TypeKind.DOUBLE),
            Map.entry("float", TypeKind.DOUBLE),
            Map.entry("float8", TypeKind.DOUBLE),
            Map.entry("numeric", TypeKind.NUMERIC),
            Map.entry("decimal", TypeKind.NUMERIC),
            Map.entry("char", TypeKind.CHAR),
            Map.entry("character", TypeKind.CHAR),
            Map.entry("nchar", TypeKind.CHAR),
            Map.entry("native character", TypeKind.CHAR),
            Map.entry("varchar", TypeKind.VARCHAR),
            Map.entry("varchar2", TypeKind.VARCHAR),
            Map.entry("nvarchar", TypeKind.VARCHAR),
            Map.entry("character varying", TypeKind.VARCHAR),
            Map.entry("varying character", TypeKind.VARCHAR),
            Map.entry("text", TypeKind.TEXT),
            Map.entry("clob", TypeKind.CLOB),
            Map.entry("date", TypeKind.DATE),
            Map.entry("time", TypeKind.TIME),
            Map.entry("time without time zone", TypeKind.TIME),
            Map.entry("timestamp", TypeKind.TIMESTAMP),
            Map.entry("datetime", TypeKind.TIMESTAMP),
            Map.entry("timestamp without time zone", TypeKind.TIMESTAMP),
            Map.entry("timestamptz", TypeKind.TIMESTAMPTZ),
            Map.entry("timestamp with time zone", TypeKind.TIMESTAMPTZ),
            Map.entry("uuid", TypeKind.UUID),
            Map.entry("blob", TypeKind.BINARY),
            Map.entry("bytea", TypeKind.BINARY),
            Map.entry("binary", TypeKind.BINARY),
            Map.entry("varbinary", TypeKind.BINARY),
            Map.entry("json", TypeKind.JSON),
            Map.entry("jsonb", TypeKind.JSONB));

    /**
     * Kinds SQLite stores exactly as another: it keeps the declared text, but the values and their affinity are
     * the same, and Hibernate's SQLite dialect writes the plain spelling for the first (an {@code Instant} as
     * {@code timestamp}, a {@code UUID} as {@code blob}, {@code @Lob String} and JSON as {@code clob}). A column
     * of one is therefore already a column of the other, and comparing them finds nothing to change.
     */
    public static final Map<TypeKind, ColumnType> STORED_AS = Map.of(
            TypeKind.TIMESTAMPTZ, ColumnType.of(TypeKind.TIMESTAMP),
            TypeKind.UUID, ColumnType.of(TypeKind.BINARY),
            TypeKind.BLOB, ColumnType.of(TypeKind.BINARY),
            TypeKind.CLOB, ColumnType.of(TypeKind.TEXT),
            TypeKind.JSON, ColumnType.of(TypeKind.TEXT),
            TypeKind.JSONB, ColumnType.of(TypeKind.TEXT),
            // array types only (see DiffOptions.stored): Hibernate keeps an array as a blob on SQLite
            TypeKind.OTHER, ColumnType.of(TypeKind.BINARY));

    private SqliteTypes() {
    }

    /** The declared type SQLite gets for {@code type} (see the class comment for the table). */
    public static String sql(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case NUMERIC -> type.precision() > 0 ? "numeric(" + type.precision() + "," + type.scale() + ")" : "numeric";
            case CHAR -> type.length() > 0 ? "char(" + type.length() + ")" : "char";
            case VARCHAR -> type.length() > 0 ? "varchar(" + type.length() + ")" : "varchar";
            case TEXT -> "text";
            case CLOB -> "clob";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            // Hibernate writes (and its validator expects) these spellings; SQLite stores both kinds alike
            case TIMESTAMPTZ -> "timestamp";
            case UUID -> "blob";
            case BINARY, BLOB -> "blob";
            // Hibernate keeps JSON as a character lob on SQLite, and its validator expects that spelling
            case JSON, JSONB -> "clob";
            // SQLite has no arrays (and reads "[" as a quote): Hibernate keeps an array as a blob there
            case OTHER -> type.raw().endsWith("[]") ? "blob" : type.raw();
        };
    }

    /** The canonical type of a declared column type as {@code pragma table_info} reports it. */
    public static ColumnType parse(String declared) {
        String text = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return ColumnType.of(TypeKind.BINARY);
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return ColumnType.other(text);
        }
        // "timestamp(6) with time zone": the parameter may sit between the words of the name.
        String name = (m.group(1) + " " + m.group(3)).strip().replaceAll("\\s+", " ");
        String args = m.group(2) == null ? "" : m.group(2).replace(" ", "");
        TypeKind kind = NAMES.get(name);
        if (kind == null) {
            return ColumnType.other(text);
        }
        return switch (kind.shape()) {
            case PLAIN -> ColumnType.of(kind);
            case LENGTH -> args.isEmpty() ? new ColumnType(kind, 0, 0, 0, "")
                    : args.matches("\\d+") ? new ColumnType(kind, Integer.parseInt(args), 0, 0, "")
                    : ColumnType.other(text);
            case PRECISION_SCALE -> args.isEmpty() ? ColumnType.numeric(0, 0)
                    : args.matches("\\d+") ? ColumnType.numeric(Integer.parseInt(args), 0)
                    : args.matches("\\d+,\\d+") ? ColumnType.numeric(Integer.parseInt(args.substring(0, args.indexOf(','))),
                            Integer.parseInt(args.substring(args.indexOf(',') + 1)))
                    : ColumnType.other(text);
            case RAW -> ColumnType.other(text);
        };
    }
}
