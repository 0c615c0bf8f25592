package dev.retort.dialect;

import dev.retort.text.Json;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a {@code bulkInsert} value becomes before a dialect spells it as a literal: the Java values a data migration
 * naturally holds ({@code java.time} values, {@code UUID}, enums, {@code Map}/{@code List} for JSON) turned into
 * the plain values every dialect writes (null, Boolean, Number, String, byte[]), the way the application's own
 * Hibernate would store them in that column.
 *
 * <ul>
 *   <li>Dates and times: ISO-8601 text where the database parses it into its date and time types (PostgreSQL);
 *       milliseconds since the epoch where the driver stores them so (sqlite-jdbc by default, which is what
 *       Hibernate writes and reads back on SQLite; local dates and times count in the JVM's time zone, as the
 *       driver counts them). {@code java.sql} and {@code java.util.Date} values count as their {@code java.time}
 *       equivalents.</li>
 *   <li>A UUID: its 16 bytes in a binary column (SQLite's default for a UUID), its text elsewhere.</li>
 *   <li>An enum: its ordinal in an integer column ({@code EnumType.ORDINAL}), its name in any other; a column whose
 *       type is not known is refused rather than guessed.</li>
 *   <li>A {@code Map}, {@code Collection} or array: JSON text (compact, object keys sorted), which a
 *       {@code json}/{@code jsonb} column takes as it is; dialects with array columns spell arrays themselves
 *       first.</li>
 * </ul>
 */
public final class RowValues {

    /** How a database stores dates and times written as literals. */
    public enum Temporals {
        /** ISO-8601 text, cast by the database to the column's type. */
        ISO_TEXT,
        /** Milliseconds since 1970-01-01T00:00Z (local values in the JVM's default time zone). */
        EPOCH_MILLIS
    }

    /** The conventions of one database; {@code uuidBytesWhenUnknown}: a UUID in a column of unknown type is bytes. */
    public record Style(Temporals temporals, boolean uuidBytesWhenUnknown) {
    }

    private RowValues() {
    }

    /**
     * {@code value} as null, Boolean, Number, CharSequence/Character or byte[]; values already of those kinds are
     * returned as they are. {@code type} is the column's type when the schema before the insert holds the column.
     *
     * @throws RetortException naming the table, column and value's class when the value has no SQL form
     */
    public static Object plain(String table, String column, Object value, Optional<ColumnType> type, Style style) {
        if (value == null || value instanceof Boolean || value instanceof Number || value instanceof CharSequence
                || value instanceof Character || value instanceof byte[]) {
            return value;
        }
        Object temporal = temporal(value);
        if (temporal != null) {
            return style.temporals() == Temporals.ISO_TEXT ? iso(temporal) : epochMillis(temporal);
        }
        if (value instanceof UUID uuid) {
            boolean bytes = type.map(t -> t.kind() == TypeKind.BINARY || t.kind() == TypeKind.BLOB
                    || t.kind() == TypeKind.UUID && style.uuidBytesWhenUnknown()).orElse(style.uuidBytesWhenUnknown());
            return bytes ? bytes(uuid) : uuid.toString();
        }
        if (value instanceof Enum<?> e) {
            ColumnType t = type.orElseThrow(() -> new RetortException(ErrorCode.UNSUPPORTED, "bulkInsert into "
                    + table + "." + column + ": the enum value " + e.name() + " could be stored as its name or its"
                    + " ordinal, and the column's type is not known (the table is not in the schema before this step);"
                    + " pass " + e.getDeclaringClass().getSimpleName() + "." + e.name() + ".name() or .ordinal()"));
            return t.kind().isIntegral() || t.kind() == TypeKind.NUMERIC ? (Object) e.ordinal() : e.name();
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof Object[]) {
            return json(table, column, value);
        }
        throw unsupported(table, column, value);
    }

    private static RetortException unsupported(String table, String column, Object value) {
        return new RetortException(ErrorCode.UNSUPPORTED, "bulkInsert into " + table + "." + column
                + ": cannot write a " + value.getClass().getName() + " as an SQL literal; pass a String, Number,"
                + " Boolean, byte[], java.time value, UUID, enum, Map or List (JSON), or null");
    }

    /** The {@code java.time} value {@code v} stands for, or null when it is not a date or time. */
    public static Object temporal(Object v) {
        if (v instanceof LocalDate || v instanceof LocalTime || v instanceof LocalDateTime || v instanceof Instant
                || v instanceof OffsetDateTime || v instanceof OffsetTime) {
            return v;
        }
        if (v instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (v instanceof java.util.Date d) {
            return d.toInstant();
        }
        return null;
    }

    private static String iso(Object temporal) {
        return temporal.toString();
    }

    private static long epochMillis(Object temporal) {
        if (temporal instanceof LocalDate d) {
            return java.sql.Date.valueOf(d).getTime();
        }
        if (temporal instanceof LocalTime t) {
            return java.sql.Time.valueOf(t).getTime() + t.getNano() / 1_000_000;
        }
        if (temporal instanceof LocalDateTime t) {
            return java.sql.Timestamp.valueOf(t).getTime();
        }
        if (temporal instanceof OffsetDateTime t) {
            return t.toInstant().toEpochMilli();
        }
        if (temporal instanceof OffsetTime t) {
            return t.atDate(LocalDate.EPOCH).toInstant().toEpochMilli();
        }
        return ((Instant) temporal).toEpochMilli();
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }

    /** {@code value} as compact JSON text (RFC 8259). */
    public static String json(String table, String column, Object value) {
        StringBuilder b = new StringBuilder();
        json(b, table, column, value);
        return b.toString();
    }

    private static void json(StringBuilder b, String table, String column, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte || v instanceof BigInteger) {
            b.append(v);
        } else if (v instanceof BigDecimal d) {
            b.append(d.toString());
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                throw new RetortException(ErrorCode.UNSUPPORTED, "bulkInsert into " + table + "." + column
                        + ": JSON has no " + v + "; use null or a finite number");
            }
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            // keys sorted: Map.of iterates in a different order in each JVM, and the same migration must write the
            // same text (JSON objects are unordered)
            TreeMap<String, Object> sorted = new TreeMap<>();
            m.forEach((key, value) -> sorted.put(String.valueOf(key), value));
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                b.append(first ? "" : ",");
                Json.string(b, e.getKey());
                b.append(':');
                json(b, table, column, e.getValue());
                first = false;
            }
            b.append('}');
        } else if (v instanceof Collection<?> || v instanceof Object[]) {
            Iterable<?> items = v instanceof Object[] array ? java.util.Arrays.asList(array) : (Collection<?>) v;
            b.append('[');
            boolean first = true;
            for (Object item : items) {
                b.append(first ? "" : ",");
                json(b, table, column, item);
                first = false;
            }
            b.append(']');
        } else if (v instanceof CharSequence || v instanceof Character || v instanceof UUID) {
            Json.string(b, v.toString());
        } else if (v instanceof Enum<?> e) {
            Json.string(b, e.name());
        } else if (temporal(v) != null) {
            Json.string(b, iso(temporal(v)));
        } else {
            throw unsupported(table, column, v);
        }
    }
}
