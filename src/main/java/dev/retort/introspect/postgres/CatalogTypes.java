package dev.retort.introspect.postgres;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the text of {@code format_type(atttypid, atttypmod)} to a canonical {@link ColumnType}
 * (https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG). Time and timestamp
 * precisions are not modelled, so {@code timestamp(3) without time zone} is {@link TypeKind#TIMESTAMP}; a type
 * the model has no kind for (arrays, {@code oid}, enum types, {@code time with time zone}…) is
 * {@link ColumnType#other} with the text as printed.
 */
final class CatalogTypes {

    private static final Map<String, TypeKind> PLAIN = Map.ofEntries(
            Map.entry("boolean", TypeKind.BOOLEAN),
            Map.entry("smallint", TypeKind.SMALLINT),
            Map.entry("integer", TypeKind.INTEGER),
            Map.entry("bigint", TypeKind.BIGINT),
            Map.entry("real", TypeKind.REAL),
            Map.entry("double precision", TypeKind.DOUBLE),
            Map.entry("text", TypeKind.TEXT),
            Map.entry("date", TypeKind.DATE),
            Map.entry("uuid", TypeKind.UUID),
            Map.entry("bytea", TypeKind.BINARY),
            Map.entry("json", TypeKind.JSON),
            Map.entry("jsonb", TypeKind.JSONB));

    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+),(-?\\d+)\\))?");
    private static final Pattern CHARACTER = Pattern.compile("character(?: varying)?(?:\\((\\d+)\\))?");
    private static final Pattern TIME = Pattern.compile("(time|timestamp)(?:\\(\\d+\\))? with(out)? time zone");

    private CatalogTypes() {
    }

    static ColumnType parse(String formatted) {
        String t = formatted.strip().toLowerCase(Locale.ROOT);
        TypeKind plain = PLAIN.get(t);
        if (plain != null) {
            return ColumnType.of(plain);
        }
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            if (m.group(1) == null) {
                return ColumnType.numeric(0, 0);
            }
            int scale = Integer.parseInt(m.group(2));
            if (scale >= 0) {
                return ColumnType.numeric(Integer.parseInt(m.group(1)), scale);
            }
            return ColumnType.other(formatted);
        }
        m = CHARACTER.matcher(t);
        if (m.matches() && (m.group(1) != null || t.contains("varying"))) {
            int length = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            return t.contains("varying") ? ColumnType.varchar(length) : ColumnType.chars(length);
        }
        m = TIME.matcher(t);
        if (m.matches()) {
            boolean withoutZone = m.group(2) != null;
            if (m.group(1).equals("timestamp")) {
                return ColumnType.of(withoutZone ? TypeKind.TIMESTAMP : TypeKind.TIMESTAMPTZ);
            }
            if (withoutZone) {
                return ColumnType.of(TypeKind.TIME);
            }
        }
        return ColumnType.other(formatted);
    }
}
