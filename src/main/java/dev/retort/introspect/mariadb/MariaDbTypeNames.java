package dev.retort.introspect.mariadb;

import dev.retort.model.ColumnType;
import dev.retort.model.DefaultExpression;
import dev.retort.model.TypeKind;
import dev.retort.model.ValueList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's {@code COLUMN_TYPE} and {@code COLUMN_DEFAULT} as the canonical type and default the scan gives for the
 * same column (the spellings are those of {@code dev.retort.dialect.mariadb.MariaDbTypes}).
 */
final class MariaDbTypeNames {

    private static final Pattern NAME_AND_ARGS = Pattern.compile("([a-z ]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final String NAME = "(`(?:[^`]|``)+`|\\w+)";
    /** {@code nextval(`db`.`seq`)}, as MariaDB reports {@code NEXT VALUE FOR seq} and {@code nextval(seq)}. */
    private static final Pattern NEXTVAL = Pattern.compile("(?i)nextval\\s*\\(\\s*" + NAME + "(?:\\s*\\.\\s*" + NAME
            + ")?\\s*\\)");
    private static final Pattern ENUM = Pattern.compile("(?is)enum\\s*\\((.*)\\)");
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile(
            "(?i)(current_timestamp|now|localtimestamp|localtime)\\s*(\\(\\s*\\d*\\s*\\))?");
    private static final Pattern CURRENT_DATE = Pattern.compile("(?i)(current_date|curdate)\\s*(\\(\\s*\\))?");
    private static final Pattern CURRENT_TIME = Pattern.compile(
            "(?i)(current_time|curtime)\\s*(\\(\\s*\\d*\\s*\\))?");

    private MariaDbTypeNames() {
    }

    /**
     * The canonical type of a column whose {@code COLUMN_TYPE} is {@code columnType}: display widths dropped
     * ({@code int(11)}); {@code bit(1)} and {@code tinyint(1)} are booleans, another {@code tinyint} a SMALLINT (what
     * Hibernate writes for a {@code byte}); every blob a BLOB of the length it holds and every text type a TEXT (a CLOB is a {@code longtext}); {@code datetime} and
     * {@code timestamp} a TIMESTAMP; {@code decimal(65,30)}, the widest, the unconstrained NUMERIC Retort writes so.
     * An {@code enum} is a VARCHAR as long as its longest value, which {@link #enumValues} limit (the model's
     * {@link dev.retort.model.ValueList}); unsigned integers and any other type are OTHER, as printed.
     */
    static ColumnType parse(String columnType) {
        Optional<List<String>> values = enumValues(columnType);
        if (values.isPresent()) {
            return ColumnType.varchar(values.get().stream().mapToInt(String::length).max().orElse(0));
        }
        String t = columnType.strip().toLowerCase(Locale.ROOT);
        if (t.equals("bit(1)") || t.equals("tinyint(1)")) {
            return ColumnType.of(TypeKind.BOOLEAN);
        }
        if (t.contains("unsigned") || t.contains("zerofill")) {
            return ColumnType.other(t);
        }
        Matcher m = NAME_AND_ARGS.matcher(t);
        if (!m.matches()) {
            return ColumnType.other(t);
        }
        String name = m.group(1).strip();
        Optional<ColumnType> blob = dev.retort.dialect.mariadb.MariaDbTypes.blobOf(name);
        if (blob.isPresent()) {
            return blob.get(); // the most it holds, as the scan reads Hibernate's pick of it
        }
        int first = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return switch (name) {
            case "tinyint", "smallint" -> ColumnType.of(TypeKind.SMALLINT);
            case "mediumint", "int", "integer" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint" -> ColumnType.of(TypeKind.BIGINT);
            case "float" -> ColumnType.of(TypeKind.REAL);
            case "double", "double precision" -> ColumnType.of(TypeKind.DOUBLE);
            case "decimal", "numeric" -> first == 65 && second == 30 ? ColumnType.numeric(0, 0)
                    : ColumnType.numeric(first, second);
            case "char" -> ColumnType.chars(first);
            case "varchar" -> ColumnType.varchar(first);
            case "tinytext", "text", "mediumtext", "longtext" -> ColumnType.of(TypeKind.TEXT);
            case "binary", "varbinary" -> ColumnType.of(TypeKind.BINARY);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> ColumnType.of(TypeKind.TIME);
            case "datetime", "timestamp" -> ColumnType.of(TypeKind.TIMESTAMP);
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "json" -> ColumnType.of(TypeKind.JSONB);
            default -> ColumnType.other(t);
        };
    }

    /** The values of an {@code enum('A','B')} column type; empty for any other type. */
    static Optional<List<String>> enumValues(String columnType) {
        Matcher labels = ENUM.matcher(columnType.strip());
        return labels.matches() ? ValueList.literals(labels.group(1)) : Optional.empty();
    }

    /**
     * The canonical default of {@code COLUMN_DEFAULT} (MariaDB 10.2.7 and later print it as an expression:
     * {@code 'text'}, {@code 0}, {@code current_timestamp(6)}, and {@code NULL} for no default). The current time is
     * {@code CURRENT_TIMESTAMP} whatever its precision, and the current date and time of day, which MariaDB prints as
     * {@code curdate()} and {@code curtime()}, are {@code CURRENT_DATE} and {@code CURRENT_TIME}; a bit's {@code b'1'}
     * and {@code b'0'} are {@code true} and {@code false}; a decimal's default without the zeros MariaDB pads it with
     * to the scale ({@code 0.00} is {@code 0}).
     * A default drawing from a sequence ({@code nextval(`db`.`seq`)}) is the model's {@code nextval('seq')}.
     */
    static Optional<String> defaultValue(String columnDefault, ColumnType type) {
        if (columnDefault == null) {
            return Optional.empty();
        }
        String d = columnDefault.strip();
        if (CURRENT_TIMESTAMP.matcher(d).matches()) {
            return Optional.of("CURRENT_TIMESTAMP");
        }
        if (CURRENT_DATE.matcher(d).matches()) {
            return Optional.of("CURRENT_DATE");
        }
        if (CURRENT_TIME.matcher(d).matches()) {
            return Optional.of("CURRENT_TIME");
        }
        Matcher nextval = NEXTVAL.matcher(d);
        if (nextval.matches()) {
            // the model's spelling of a default drawing from a sequence, as PostgreSQL's: the sequence by its name
            String sequence = nextval.group(2) != null ? nextval.group(2) : nextval.group(1);
            return Optional.of("nextval(" + literal(unquoted(sequence)) + ")");
        }
        if (type.kind() == TypeKind.BOOLEAN && (d.equals("b'1'") || d.equals("b'0'"))) {
            return Optional.of(d.equals("b'1'") ? "true" : "false");
        }
        if (type.kind() == TypeKind.NUMERIC && DECIMAL.matcher(d).matches()) {
            // MariaDB prints a decimal's default at the column's scale: DEFAULT 0 reads 0.00
            return Optional.of(new java.math.BigDecimal(d).stripTrailingZeros().toPlainString());
        }
        return DefaultExpression.normalise(d);
    }

    private static String unquoted(String name) {
        return name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`") : name;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
