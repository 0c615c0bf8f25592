package dev.retort.scan.hibernate;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL type spelling, such as a {@code @Column(columnDefinition = "varchar(20)")} or a type name
 * Hibernate chose, into a canonical {@link ColumnType}. Only a bare type is understood: anything more
 * ({@code "varchar(20) not null default 'x'"}, domain or extension types such as {@code citext}) is not
 * recognised, and the caller keeps the text as an {@link TypeKind#OTHER} type.
 */
final class ColumnDefinitionParser {

    private static final Pattern SHAPE = Pattern.compile(
            "([a-z][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(with(?:out)? time zone)?");

    private ColumnDefinitionParser() {
    }

    static Optional<ColumnType> parse(String definition) {
        String text = definition.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean withTimeZone = "with time zone".equals(m.group(4));
        if (m.group(4) != null && !name.equals("time") && !name.equals("timestamp")) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (name) {
            case "varchar", "character varying", "nvarchar", "varchar2", "nvarchar2", "national character varying" ->
                    second == null ? ColumnType.varchar(first == null ? 0 : first) : null;
            case "char", "character", "nchar", "bpchar", "national character" ->
                    second == null ? ColumnType.chars(first == null ? 1 : first) : null;
            case "text", "clob", "nclob", "ntext", "tinytext", "mediumtext", "longtext", "long varchar",
                    "character large object" -> plain(TypeKind.TEXT, first);
            case "numeric", "decimal", "number" -> ColumnType.numeric(first == null ? 0 : first,
                    second == null ? 0 : second);
            case "boolean", "bool" -> plain(TypeKind.BOOLEAN, first);
            case "bit" -> first == null || first == 1 ? ColumnType.of(TypeKind.BOOLEAN) : null;
            case "smallint", "int2", "tinyint" -> plain(TypeKind.SMALLINT, first);
            case "integer", "int", "int4", "mediumint" -> plain(TypeKind.INTEGER, first);
            case "bigint", "int8" -> plain(TypeKind.BIGINT, first);
            case "real", "float4" -> plain(TypeKind.REAL, first);
            case "double precision", "double", "float8" -> plain(TypeKind.DOUBLE, first);
            // float(p) counts binary digits: up to 24 is single precision (SQL standard, PostgreSQL docs 8.1.3)
            case "float" -> second != null ? null
                    : ColumnType.of(first != null && first <= 24 ? TypeKind.REAL : TypeKind.DOUBLE);
            case "date" -> plain(TypeKind.DATE, first);
            case "time", "timetz" -> second == null ? ColumnType.of(TypeKind.TIME) : null;
            case "timestamp", "datetime" -> second == null
                    ? ColumnType.of(withTimeZone ? TypeKind.TIMESTAMPTZ : TypeKind.TIMESTAMP) : null;
            case "timestamptz" -> second == null ? ColumnType.of(TypeKind.TIMESTAMPTZ) : null;
            case "uuid" -> plain(TypeKind.UUID, first);
            case "bytea", "blob", "binary", "varbinary", "longblob", "mediumblob", "tinyblob", "binary varying",
                    "binary large object" -> second == null ? ColumnType.of(TypeKind.BINARY) : null;
            case "json" -> plain(TypeKind.JSON, first);
            case "jsonb" -> plain(TypeKind.JSONB, first);
            default -> null;
        });
    }

    /** A kind that takes no parameters; a parameter where none belongs means the text is not understood. */
    private static ColumnType plain(TypeKind kind, Integer parameter) {
        return parameter == null ? ColumnType.of(kind) : null;
    }
}
