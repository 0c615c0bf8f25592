package dev.retort.dialect.mariadb;

import dev.retort.dialect.RowValues;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identifiers;
import dev.retort.model.Index;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.model.ValueList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Table definitions, column definitions, constraints, indexes and literals in MariaDB's syntax
 * (https://mariadb.com/kb/en/create-table/).
 */
final class MariaDbSql {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|''|\\\\.)*'");
    /** {@code current_timestamp}, {@code current_timestamp(6)}, {@code now()} and the like, which DEFAULT takes bare. */
    private static final Pattern BARE_CALL = Pattern.compile(
            "(?i)(current_timestamp|current_date|current_time|localtime|localtimestamp|now)(\\s*\\(\\s*\\d*\\s*\\))?");
    private static final Set<String> BARE_WORDS = Set.of("true", "false", "null");
    private static final Pattern NEXTVAL = Pattern.compile(
            "(?i)nextval\\s*\\(\\s*'((?:[^']|'')+)'\\s*(?:::\\s*regclass\\s*)?\\)");

    private final SchemaModel schema;

    MariaDbSql(SchemaModel schema) {
        this.schema = schema;
    }

    /** A name in backticks, as stored (marks removed), a backtick in it doubled; each part of a qualified name. */
    static String q(String identifier) {
        return QualifiedName.parse(identifier).map(part -> "`" + Identifiers.unmarked(part).replace("`", "``") + "`")
                .toString();
    }

    /**
     * A string literal: quotes doubled, and backslashes doubled, since MariaDB reads backslash escapes in strings
     * unless {@code NO_BACKSLASH_ESCAPES} is set (where a doubled backslash would stay doubled, so a value with a
     * backslash is refused there by the server's own reading of it, never run as SQL).
     */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String columnList(List<String> columns) {
        return columns.stream().map(MariaDbSql::q).collect(Collectors.joining(", "));
    }

    Optional<Table> tableBefore(String name) {
        return schema.table(name);
    }

    /** {@code CREATE TABLE} with columns, key, constraints and indexes, and the table's comment. */
    String createTable(Table t) {
        List<String> parts = new ArrayList<>();
        java.util.Map<String, List<String>> valueLists = ValueList.columns(t);
        for (Column c : t.columns()) {
            parts.add(columnDefinition(t.name(), c, Optional.ofNullable(valueLists.get(c.name()))));
        }
        if (!t.primaryKey().isEmpty()) {
            parts.add(primaryKey(t.primaryKey()));
        }
        t.uniqueConstraints().forEach(u -> parts.add(unique(u)));
        t.foreignKeys().forEach(f -> parts.add(foreignKey(f)));
        t.checks().stream().filter(c -> ValueList.column(t, c).isEmpty()).forEach(c -> parts.add(check(c)));
        return "CREATE TABLE " + q(t.name()) + " (" + String.join(", ", parts) + ")"
                + t.comment().map(c -> " COMMENT = " + literal(c)).orElse("");
    }

    /**
     * MariaDB names every primary key {@code PRIMARY} whatever it is given, so a key's name in the model is not
     * written.
     */
    static String primaryKey(List<String> columns) {
        return "PRIMARY KEY (" + columnList(columns) + ")";
    }

    /**
     * {@code `name` type [NOT NULL] [DEFAULT x] [AUTO_INCREMENT] [COMMENT 'text']}: the whole definition, which
     * {@code MODIFY COLUMN} restates too (https://mariadb.com/kb/en/alter-table/#modify-column).
     */
    String columnDefinition(String table, Column c) {
        Optional<List<String>> values = schema.table(table).map(ValueList::columns)
                .map(lists -> lists.get(c.name())).filter(v -> ValueList.isString(c.type()));
        return columnDefinition(table, c, values);
    }

    /**
     * The definition of a string column that a check limits to {@code values} ({@link ValueList}) is MariaDB's
     * native {@code enum('A','B')}, as Hibernate's MariaDBDialect creates it; the check itself is not written.
     */
    String columnDefinition(String table, Column c, Optional<List<String>> values) {
        if (c.type().kind() == dev.retort.model.TypeKind.OTHER && schema.enumType(c.type().raw()).isPresent()) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "column " + table + "." + c.name() + " has the enum"
                    + " type " + c.type().raw() + ", and MariaDB has no named enum types (Hibernate's MariaDBDialect"
                    + " cannot map @JdbcTypeCode(SqlTypes.NAMED_ENUM) either); map the attribute with"
                    + " @Enumerated(EnumType.STRING), which MariaDB keeps as a native enum column");
        }
        String type = values.map(v -> "enum(" + v.stream().map(MariaDbSql::literal).collect(Collectors.joining(","))
                + ")").orElseGet(() -> MariaDbTypes.sql(c.type()));
        StringBuilder b = new StringBuilder(q(c.name())).append(' ').append(type);
        b.append(c.nullable() && !c.identity() ? " NULL" : " NOT NULL");
        if (c.identity()) {
            if (!c.type().kind().isIntegral()) {
                throw new RetortException(ErrorCode.UNSUPPORTED, "MariaDB AUTO_INCREMENT columns are integers, but "
                        + table + "." + c.name() + " is " + c.type() + "; make the column an integer type or drop"
                        + " identity");
            }
            b.append(" AUTO_INCREMENT");
        } else {
            c.defaultValue().ifPresent(d -> b.append(" DEFAULT ").append(defaultClause(d)));
        }
        c.comment().ifPresent(text -> b.append(" COMMENT ").append(literal(text)));
        return b.toString();
    }

    /**
     * A default as DEFAULT takes it: numbers, strings, TRUE/FALSE/NULL and the current-time functions bare, any
     * other expression in parentheses (MariaDB 10.2.1 and later, https://mariadb.com/kb/en/create-table/#default).
     */
    static String defaultClause(String expression) {
        String e = expression.strip();
        java.util.regex.Matcher nextval = NEXTVAL.matcher(e);
        if (nextval.matches()) {
            // the model's nextval('seq') (PostgreSQL's spelling) is MariaDB's nextval(`seq`), the sequence by name
            String sequence = nextval.group(1).replace("''", "'").replace("\"", "");
            return "(nextval(" + q(sequence.substring(sequence.lastIndexOf('.') + 1)) + "))";
        }
        boolean bare = NUMBER.matcher(e).matches() || STRING.matcher(e).matches() || BARE_CALL.matcher(e).matches()
                || BARE_WORDS.contains(e.toLowerCase(Locale.ROOT));
        return bare ? e : "(" + e + ")";
    }

    /** A named constraint needs its name to be dropped again; MariaDB would make one up. */
    String unique(UniqueConstraint u) {
        return constraintName(u.name()) + "UNIQUE (" + columnList(u.columns()) + ")";
    }

    String foreignKey(ForeignKey f) {
        return constraintName(f.name()) + "FOREIGN KEY (" + columnList(f.columns()) + ") REFERENCES "
                + q(f.referencedTable()) + " (" + columnList(f.referencedColumns()) + ")" + f.actionClauses();
    }

    String check(CheckConstraint c) {
        return constraintName(c.name()) + "CHECK (" + c.expression() + ")";
    }

    /** Drops constraint {@code name} of {@code table} where it stands, and does nothing where it does not. */
    static String dropConstraintIfExists(String table, String name) {
        return "ALTER TABLE " + q(table) + " DROP CONSTRAINT IF EXISTS " + q(name);
    }

    private static String constraintName(Optional<String> name) {
        return name.map(n -> "CONSTRAINT " + q(n) + " ").orElse("");
    }

    /**
     * {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX `n` ON `t` (keys) [USING method]}. A key that names a column is quoted; any other
     * is written as given: a prefix ({@code name(10)}), an ordering ({@code name DESC}). MariaDB has no partial
     * indexes, so an index with a predicate is refused (https://mariadb.com/kb/en/create-index/).
     */
    String createIndex(String tableName, Index index, List<String> columns) {
        if (index.where().isPresent()) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "index " + index.name() + " on " + tableName
                    + " has a predicate (WHERE " + index.where().get() + "), and MariaDB has no partial indexes;"
                    + " drop the predicate or create the index another way with op.execute(...)");
        }
        List<String> keys = new ArrayList<>();
        for (String c : index.columns()) {
            keys.add(columns.contains(c) || !c.matches("(?s).*[\\s(`].*") ? q(c) : c);
        }
        String method = index.method().toUpperCase(Locale.ROOT);
        if (!method.isEmpty() && !METHODS.contains(method)) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "index " + index.name() + " on " + tableName
                    + " uses the method " + index.method() + ", which MariaDB does not have (it has BTREE, HASH, RTREE,"
                    + " FULLTEXT and SPATIAL indexes); drop the method from @IndexOptions or create the index another"
                    + " way with op.execute(...)");
        }
        // FULLTEXT and SPATIAL are kinds of index, not methods: CREATE FULLTEXT INDEX; USING takes BTREE, HASH, RTREE
        boolean kind = method.equals("FULLTEXT") || method.equals("SPATIAL");
        String using = method.isEmpty() || kind ? "" : " USING " + method;
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + (kind ? method + " " : "") + "INDEX " + q(index.name())
                + " ON " + q(tableName) + " (" + String.join(", ", keys) + ")" + using;
    }

    /** The index methods and kinds MariaDB has (https://mariadb.com/kb/en/create-index/). */
    private static final Set<String> METHODS = Set.of("BTREE", "HASH", "RTREE", "FULLTEXT", "SPATIAL");

    String createIndex(String tableName, Index index) {
        return createIndex(tableName, index, schema.table(tableName).map(Table::columnNames).orElse(List.of()));
    }

    private static final RowValues.Style STYLE = new RowValues.Style(RowValues.Temporals.ISO_TEXT, false);

    /**
     * An SQL literal for a {@code BulkInsert} value: strings as {@link #literal}, byte arrays as hex
     * ({@code X'..'}), booleans as TRUE/FALSE. Dates and times are ISO text without the {@code T}; an instant or
     * a value with an offset is written in UTC, as Hibernate keeps an {@code Instant} in a {@code datetime(6)},
     * since MariaDB's columns hold no time zone. Collections and maps become JSON text.
     */
    String valueLiteral(String table, String column, Object value) {
        Optional<ColumnType> type = schema.table(table).flatMap(t -> t.column(column)).map(Column::type);
        Object v = value;
        Object temporal = RowValues.temporal(value);
        if (temporal instanceof Instant i) {
            v = i.atOffset(ZoneOffset.UTC).toLocalDateTime();
        } else if (temporal instanceof OffsetDateTime o) {
            v = o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        Object plain = RowValues.plain(table, column, v, type, STYLE);
        if (plain instanceof String s && RowValues.temporal(v) != null) {
            plain = s.replace('T', ' ');
        }
        return plainLiteral(table, column, plain);
    }

    private static String plainLiteral(String table, String column, Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new RetortException(ErrorCode.UNSUPPORTED, "bulkInsert into " + table + "." + column
                        + ": MariaDB's float and double hold no NaN or infinity; store NULL or a finite number");
            }
            return value.toString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return literal(value.toString());
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        throw new IllegalStateException("no literal for a " + value.getClass().getName());
    }
}
