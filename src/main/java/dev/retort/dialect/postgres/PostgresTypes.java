package dev.retort.dialect.postgres;

import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.SchemaModel;
import dev.retort.model.TypeKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's spelling of each {@link TypeKind}: the standard names, which {@code format_type()} reports back
 * for the same types (https://www.postgresql.org/docs/current/datatype.html), so a column Retort creates reads
 * back as the type it was created from.
 *
 * <table>
 *   <caption>Type spellings</caption>
 *   <tr><th>kind</th><th>SQL</th></tr>
 *   <tr><td>BOOLEAN</td><td>{@code boolean}</td></tr>
 *   <tr><td>SMALLINT, INTEGER, BIGINT</td><td>{@code smallint}, {@code integer}, {@code bigint}</td></tr>
 *   <tr><td>REAL, DOUBLE</td><td>{@code real}, {@code double precision}</td></tr>
 *   <tr><td>NUMERIC</td><td>{@code numeric(p,s)}, or {@code numeric} without a precision</td></tr>
 *   <tr><td>CHAR</td><td>{@code char(n)}, or {@code char} (which PostgreSQL reads as {@code char(1)})</td></tr>
 *   <tr><td>VARCHAR</td><td>{@code varchar(n)}, or {@code varchar} without a length limit</td></tr>
 *   <tr><td>TEXT</td><td>{@code text}</td></tr>
 *   <tr><td>DATE, TIME</td><td>{@code date}, {@code time}</td></tr>
 *   <tr><td>TIMESTAMP, TIMESTAMPTZ</td><td>{@code timestamp}, {@code timestamp with time zone}</td></tr>
 *   <tr><td>UUID</td><td>{@code uuid}</td></tr>
 *   <tr><td>BINARY</td><td>{@code bytea}</td></tr>
 *   <tr><td>CLOB, BLOB</td><td>{@code oid}, a large object, as Hibernate keeps {@code @Lob} values; reads back as
 *       the OTHER type {@code oid} ({@link #STORED_AS})</td></tr>
 *   <tr><td>JSON, JSONB</td><td>{@code json}, {@code jsonb}</td></tr>
 *   <tr><td>OTHER</td><td>the raw text ({@code text[]}, {@code oid}, an enum type's name…)</td></tr>
 * </table>
 */
public final class PostgresTypes {

    /** A type name, possibly schema-qualified, followed by array brackets: {@code app.mood[]}. */
    private static final Pattern NAMED_TYPE =
            Pattern.compile("([a-z_][a-z0-9_$]*(?:\\.[a-z_][a-z0-9_$]*)?)((?:\\s*\\[\\s*\\])*)");

    /** The large-object kinds, which PostgreSQL stores as (and reads back as) an {@code oid}. */
    public static final java.util.Map<TypeKind, ColumnType> STORED_AS = java.util.Map.of(
            TypeKind.CLOB, ColumnType.other("oid"),
            TypeKind.BLOB, ColumnType.other("oid"));

    private PostgresTypes() {
    }

    /**
     * The SQL spelling of {@code type} (see the class comment). An OTHER type is written as given, except that
     * a single fully reserved word ({@code user}, {@code order}), which can only be a user-defined type, is quoted.
     */
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
            // Hibernate's PostgreSQL dialect keeps @Lob values as large objects, referenced by oid
            case CLOB, BLOB -> "oid";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMPTZ -> "timestamp with time zone";
            case UUID -> "uuid";
            case BINARY -> "bytea";
            case JSON -> "json";
            case JSONB -> "jsonb";
            case OTHER -> PostgresNames.isReserved(type.raw()) ? PostgresNames.quote(type.raw()) : type.raw();
        };
    }

    /**
     * {@link #sql(ColumnType)}, except that an OTHER type naming one of {@code schema}'s enum types (or an
     * array of one) is spelled with the enum's own name, quoted only where PostgreSQL needs it:
     * {@code mood}, {@code "Mood"}, {@code "user"[]}. The model keeps OTHER types in lower case, so the
     * enum is found whatever the case of its name.
     */
    static String sql(ColumnType type, SchemaModel schema) {
        return enumUse(type, schema)
                .map(use -> PostgresNames.quoteQualifiedIfNeeded(use.type().name()) + use.arraySuffix())
                .orElseGet(() -> sql(type));
    }

    /**
     * A column type that is one of the schema's enum types, or an array of one.
     *
     * @param type the enum type
     * @param arraySuffix {@code []} per array dimension, empty for the enum itself
     */
    record EnumUse(EnumType type, String arraySuffix) {
    }

    /** The enum type {@code type} names (see {@link #sql(ColumnType, SchemaModel)}), or empty for any other type. */
    static Optional<EnumUse> enumUse(ColumnType type, SchemaModel schema) {
        if (type.kind() != TypeKind.OTHER) {
            return Optional.empty();
        }
        Matcher m = NAMED_TYPE.matcher(type.raw());
        if (!m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group(2).replaceAll("\\s", "");
        return enumNamed(schema, m.group(1)).map(e -> new EnumUse(e, suffix));
    }

    private static Optional<EnumType> enumNamed(SchemaModel schema, String lowerName) {
        Optional<EnumType> exact = schema.enumType(lowerName);
        if (exact.isPresent()) {
            return exact;
        }
        return schema.enumTypes().stream()
                .filter(e -> e.name().replace("\"", "").toLowerCase(Locale.ROOT).equals(lowerName)).findFirst();
    }
}
