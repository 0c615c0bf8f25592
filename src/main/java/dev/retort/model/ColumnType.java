package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.Locale;
import java.util.Objects;

/**
 * A canonical column type: a {@link TypeKind} plus the parameters its shape allows.
 *
 * <p>Invariants: {@code length} is positive only for {@link TypeKind.Shape#LENGTH} kinds (0 means
 * "no length given"); {@code precision}/{@code scale} are used only by {@link TypeKind#NUMERIC}
 * (precision 0 means unconstrained); {@code raw} is non-empty only for {@link TypeKind#OTHER}.
 * Parameters a kind does not take are forced to 0 so that equal types are {@code equals}.
 *
 * @param kind the type family
 * @param length character length for CHAR/VARCHAR
 * @param precision total digits for NUMERIC
 * @param scale fractional digits for NUMERIC
 * @param raw the SQL text of an {@link TypeKind#OTHER} type, lower-cased except inside string literals, which
 *     are data (the labels of MariaDB's {@code enum('HIGH','LOW')})
 */
@PublicApi
public record ColumnType(TypeKind kind, int length, int precision, int scale, String raw) {

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        if (length < 0 || precision < 0 || scale < 0) {
            throw new IllegalArgumentException("negative type parameter for " + kind);
        }
        switch (kind.shape()) {
            case PLAIN -> {
                length = 0;
                precision = 0;
                scale = 0;
                raw = "";
            }
            case LENGTH -> {
                precision = 0;
                scale = 0;
                raw = "";
            }
            case PRECISION_SCALE -> {
                length = 0;
                raw = "";
                if (precision == 0) {
                    scale = 0;
                }
            }
            case RAW -> {
                length = 0;
                precision = 0;
                scale = 0;
                raw = dev.retort.text.Text.lowerOutsideLiterals(raw.trim());
                if (raw.isEmpty()) {
                    throw new IllegalArgumentException("an OTHER type needs its SQL text");
                }
            }
        }
    }

    public static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, 0, 0, 0, "");
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(TypeKind.VARCHAR, length, 0, 0, "");
    }

    public static ColumnType chars(int length) {
        return new ColumnType(TypeKind.CHAR, length, 0, 0, "");
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(TypeKind.NUMERIC, 0, precision, scale, "");
    }

    public static ColumnType other(String sql) {
        return new ColumnType(TypeKind.OTHER, 0, 0, 0, sql);
    }

    /**
     * An array of {@code element}, kept as the OTHER type PostgreSQL's catalog prints ({@code character varying(255)[]},
     * {@code integer[]}); SQLite stores it as a blob. Element kinds without a fixed catalog spelling (lobs, OTHER)
     * cannot be arrays here.
     *
     * @throws IllegalArgumentException for such an element
     */
    public static ColumnType arrayOf(ColumnType element) {
        return other(catalogSpelling(element).orElseThrow(() -> new IllegalArgumentException(
                "an array of " + element + " has no neutral spelling; use sqlType(\"...[]\")")) + "[]");
    }

    /** The element of an array type made by {@link #arrayOf}, or empty for any other type. */
    public java.util.Optional<ColumnType> arrayElement() {
        if (kind != TypeKind.OTHER || !raw.endsWith("[]")) {
            return java.util.Optional.empty();
        }
        String element = raw.substring(0, raw.length() - 2).strip();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(character varying|character|numeric)\\((\\d+)(?:,(\\d+))?\\)").matcher(element);
        ColumnType type = null;
        if (m.matches()) {
            int first = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            type = switch (m.group(1)) {
                case "character varying" -> m.group(3) == null ? varchar(first) : null;
                case "character" -> m.group(3) == null ? chars(first) : null;
                default -> numeric(first, second);
            };
        } else {
            for (TypeKind k : TypeKind.values()) {
                if (k.shape() == TypeKind.Shape.PLAIN || k == TypeKind.VARCHAR || k == TypeKind.NUMERIC) {
                    ColumnType candidate = k == TypeKind.VARCHAR ? varchar(0) : k == TypeKind.NUMERIC
                            ? numeric(0, 0) : of(k);
                    if (catalogSpelling(candidate).filter(element::equals).isPresent()) {
                        type = candidate;
                    }
                }
            }
        }
        ColumnType found = type;
        return java.util.Optional.ofNullable(found).filter(t -> catalogSpelling(t).map(s -> s + "[]")
                .filter(raw::equals).isPresent());
    }

    /**
     * {@code element} as PostgreSQL's catalog prints it ({@code format_type}: {@code character varying(255)},
     * {@code timestamp with time zone}), the text Retort keeps for array and other PostgreSQL types; empty for the
     * kinds without a fixed spelling there (lobs, OTHER).
     */
    public static java.util.Optional<String> catalogSpelling(ColumnType element) {
        String s = switch (element.kind()) {
            case BOOLEAN -> "boolean";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case NUMERIC -> element.precision() > 0 ? "numeric(" + element.precision() + "," + element.scale() + ")"
                    : "numeric";
            case CHAR -> "character(" + Math.max(1, element.length()) + ")";
            case VARCHAR -> element.length() > 0 ? "character varying(" + element.length() + ")" : "character varying";
            case TEXT -> "text";
            case DATE -> "date";
            case TIME -> "time without time zone";
            case TIMESTAMP -> "timestamp without time zone";
            case TIMESTAMPTZ -> "timestamp with time zone";
            case UUID -> "uuid";
            case BINARY -> "bytea";
            case JSON -> "json";
            case JSONB -> "jsonb";
            case CLOB, BLOB, OTHER -> null;
        };
        return java.util.Optional.ofNullable(s);
    }

    /** The neutral spelling used in messages and golden files, e.g. {@code varchar(255)}. */
    @Override
    public String toString() {
        return switch (kind.shape()) {
            case PLAIN -> kind.name().toLowerCase(Locale.ROOT);
            case LENGTH -> kind.name().toLowerCase(Locale.ROOT) + (length > 0 ? "(" + length + ")" : "");
            case PRECISION_SCALE -> "numeric" + (precision > 0 ? "(" + precision + "," + scale + ")" : "");
            case RAW -> raw;
        };
    }
}
