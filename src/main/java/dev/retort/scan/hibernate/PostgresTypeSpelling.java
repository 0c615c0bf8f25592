package dev.retort.scan.hibernate;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells an array type the way PostgreSQL's catalog does ({@code format_type}), so a scanned
 * {@link dev.retort.model.TypeKind#OTHER} type equals the one introspection reads back.
 *
 * <p>Hibernate 7.4 writes array DDL in the SQL-standard form {@code <element> array}: {@code integer array},
 * {@code varchar(255) array}, {@code float(53) array}, {@code timestamp(6) with time zone array}. PostgreSQL
 * reports the same columns as {@code integer[]}, {@code character varying(255)[]}, {@code double precision[]}
 * and {@code timestamp(6) with time zone[]}. It ignores declared sizes and dimensions ({@code int[3][]} is
 * {@code integer[]}), so any number of {@code array}, {@code array[n]}, {@code []} or {@code [n]} suffixes
 * becomes one {@code []}. The element is spelled as {@code format_type} spells it; an element this class does not
 * know (an enum or extension type) is kept, lower-cased. Text that is not an array is returned unchanged.
 */
final class PostgresTypeSpelling {

    private static final Pattern ARRAY_SUFFIX = Pattern.compile(
            "(.*?)\\s*(?:\\barray\\s*(?:\\[\\s*\\d*\\s*])?|\\[\\s*\\d*\\s*])$");
    private static final Pattern TIME = Pattern.compile(
            "(time|timestamp)\\s*(?:\\(\\s*(\\d+)\\s*\\))?\\s*(with time zone|without time zone)?");
    private static final Pattern TIME_TZ_SHORT = Pattern.compile("(timetz|timestamptz)\\s*(?:\\(\\s*(\\d+)\\s*\\))?");

    private PostgresTypeSpelling() {
    }

    /** The catalog spelling of {@code sql} if it is an array type, else {@code sql} itself. */
    static String normalise(String sql) {
        String text = sql.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String element = text;
        boolean array = false;
        for (Matcher m = ARRAY_SUFFIX.matcher(element); m.matches() && !m.group(1).isEmpty();
                m = ARRAY_SUFFIX.matcher(element)) {
            element = m.group(1);
            array = true;
        }
        return array ? element(element) + "[]" : sql;
    }

    /** A scalar type as {@code format_type} spells it. */
    static String element(String sql) {
        String text = sql.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher time = TIME.matcher(text);
        if (time.matches()) {
            return time.group(1) + precision(time.group(2))
                    + (time.group(3) == null ? " without time zone" : " " + time.group(3));
        }
        Matcher timeTz = TIME_TZ_SHORT.matcher(text);
        if (timeTz.matches()) {
            return (timeTz.group(1).equals("timetz") ? "time" : "timestamp") + precision(timeTz.group(2))
                    + " with time zone";
        }
        Optional<ColumnType> parsed = ColumnDefinitionParser.parse(text);
        if (parsed.isEmpty()) {
            return text;
        }
        ColumnType type = parsed.get();
        return ColumnType.catalogSpelling(type)
                .orElseGet(() -> type.kind() == TypeKind.CLOB || type.kind() == TypeKind.BLOB ? "oid" : type.raw());
    }

    private static String precision(String digits) {
        return digits == null ? "" : "(" + Integer.parseInt(digits) + ")";
    }
}
