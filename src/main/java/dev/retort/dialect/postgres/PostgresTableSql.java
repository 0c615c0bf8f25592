package dev.retort.dialect.postgres;

import dev.retort.dialect.RowValues;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders table definitions, column definitions, constraints, indexes and literals in PostgreSQL's syntax
 * (https://www.postgresql.org/docs/current/sql-createtable.html). Types are spelled against the schema the
 * statement runs on, so a column of a user enum type names that type.
 */
final class PostgresTableSql {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    /** Zero or more casts: {@code ::character varying}, {@code ::numeric(10,2)}, {@code ::text[]}. */
    private static final Pattern CAST_SUFFIX = Pattern.compile(
            "(?:\\s*::\\s*[A-Za-z_][A-Za-z0-9_ .\"$]*?(?:\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?(?:\\s*\\[\\s*\\])*)*");
    /** A string literal, optionally an E'' literal, with casts: {@code 'x'::character varying}. */
    private static final Pattern STRING = Pattern.compile("[Ee]?'(?:[^']|'')*'" + CAST_SUFFIX.pattern());
    private static final Pattern CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(?:\\.[A-Za-z_][A-Za-z0-9_$]*)?\\s*\\(.*",
            Pattern.DOTALL);
    /** An index key that is a column or quoted name followed only by words: an opclass, ASC/DESC, NULLS FIRST. */
    private static final Pattern KEY_WITH_OPTIONS = Pattern.compile(
            "(?:\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_$]*)(?:\\s+[A-Za-z_][A-Za-z0-9_$.]*)+");
    /** SQL-standard value functions and constants that need no parentheses after DEFAULT. */
    private static final Set<String> BARE_DEFAULTS = Set.of("true", "false", "null", "current_date", "current_time",
            "current_timestamp", "localtime", "localtimestamp", "current_user", "session_user", "current_role",
            "current_schema", "current_catalog", "user");

    private final SchemaModel schema;

    PostgresTableSql(SchemaModel schema) {
        this.schema = schema;
    }

    static String q(String identifier) {
        return PostgresNames.quote(identifier);
    }

    /** The table as it stands before the op, if the schema before it is known to hold it. */
    Optional<Table> tableBefore(String name) {
        return schema.table(name);
    }

    /** The schema the statement runs on. */
    SchemaModel schemaBefore() {
        return schema;
    }

    /** A table (or other schema object) name: {@code "t"}, or {@code "schema"."t"}. */
    static String table(String name) {
        return PostgresNames.quoteQualified(name);
    }

    /** An SQL string literal: {@code 'it''s'}. */
    /**
     * A string literal that means {@code value} whatever the server's {@code standard_conforming_strings}: quotes
     * doubled, and a value with a backslash written in escape-string syntax ({@code E'a\\b'}) with the
     * backslashes doubled. A plain literal with a backslash would end early where that setting is off, letting the
     * rest of the value run as SQL.
     */
    static String literal(String value) {
        String quoted = value.replace("'", "''");
        if (value.indexOf('\\') < 0) {
            return "'" + quoted + "'";
        }
        return "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    static String columnList(List<String> columns) {
        return columns.stream().map(PostgresTableSql::q).collect(Collectors.joining(", "));
    }

    String type(ColumnType type) {
        return PostgresTypes.sql(type, schema);
    }

    /** {@code [CONSTRAINT "name"] PRIMARY KEY (...)}: without a name PostgreSQL calls it {@code <table>_pkey}. */
    static String primaryKey(List<String> columns, java.util.Optional<String> name) {
        return name.map(n -> "CONSTRAINT " + q(n) + " ").orElse("") + "PRIMARY KEY (" + columnList(columns) + ")";
    }

    /** {@code CREATE TABLE} with columns, primary key and constraints; indexes are separate statements. */
    String createTable(Table t) {
        List<String> parts = new ArrayList<>();
        for (Column c : t.columns()) {
            parts.add(columnDefinition(t.name(), c));
        }
        if (!t.primaryKey().isEmpty()) {
            parts.add(primaryKey(t.primaryKey(), t.primaryKeyName()));
        }
        t.uniqueConstraints().forEach(u -> parts.add(unique(u)));
        t.foreignKeys().forEach(f -> parts.add(foreignKey(f)));
        t.checks().forEach(c -> parts.add(check(c)));
        return "CREATE TABLE " + table(t.name()) + " (" + String.join(", ", parts) + ")";
    }

    /**
     * {@code "name" type [GENERATED BY DEFAULT AS IDENTITY] [NOT NULL] [DEFAULT x]}. BY DEFAULT (not ALWAYS)
     * keeps explicit ids insertable, as Hibernate's own PostgreSQL DDL does. An identity column is NOT NULL
     * whatever the model says, and takes no DEFAULT
     * (https://www.postgresql.org/docs/current/sql-createtable.html#SQL-CREATETABLE-PARMS-GENERATED-IDENTITY).
     */
    String columnDefinition(String table, Column c) {
        StringBuilder b = new StringBuilder(q(c.name())).append(' ').append(type(c.type()));
        if (c.identity()) {
            checkIdentity(table, c);
            b.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        if (!c.nullable() || c.identity()) {
            b.append(" NOT NULL");
        }
        c.defaultValue().ifPresent(d -> b.append(" DEFAULT ").append(defaultClause(d)));
        return b.toString();
    }

    /**
     * {@code COMMENT ON TABLE "t" IS 'text'}, or {@code IS NULL} to remove the comment
     * (https://www.postgresql.org/docs/current/sql-comment.html).
     */
    static String commentOnTable(String table, Optional<String> comment) {
        return "COMMENT ON TABLE " + table(table) + " IS " + commentLiteral(table, comment);
    }

    /** {@code COMMENT ON COLUMN "t"."c" IS 'text'}, or {@code IS NULL} to remove the comment. */
    static String commentOnColumn(String table, String column, Optional<String> comment) {
        return "COMMENT ON COLUMN " + table(table) + "." + q(column) + " IS "
                + commentLiteral(table + "." + column, comment);
    }

    /** The comment as a string literal ({@link #literal}), or NULL for none. */
    private static String commentLiteral(String owner, Optional<String> comment) {
        if (comment.isEmpty()) {
            return "NULL";
        }
        String text = comment.get();
        if (text.indexOf('\0') >= 0) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "the comment of " + owner + " holds the NUL character,"
                    + " which PostgreSQL text cannot store; remove it from the @Comment");
        }
        return literal(text);
    }

    /** Identity needs an integer column without a default; say so before the server does. */
    static void checkIdentity(String table, Column c) {
        if (!c.type().kind().isIntegral()) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "PostgreSQL identity columns are smallint, integer or"
                    + " bigint, but " + table + "." + c.name() + " is " + c.type() + "; make the column an integer"
                    + " type or drop identity");
        }
        if (c.defaultValue().isPresent()) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "column " + table + "." + c.name() + " is an identity"
                    + " column with a default (" + c.defaultValue().get() + "); PostgreSQL allows only one of"
                    + " the two, so remove the default or the identity");
        }
    }

    String unique(UniqueConstraint u) {
        return constraintName(u.name()) + "UNIQUE (" + columnList(u.columns()) + ")";
    }

    /** An ON DELETE or ON UPDATE of NO ACTION is the default and is left out, as the catalog reports it either way. */
    String foreignKey(ForeignKey f) {
        return constraintName(f.name()) + "FOREIGN KEY (" + columnList(f.columns()) + ") REFERENCES "
                + table(f.referencedTable()) + " (" + columnList(f.referencedColumns()) + ")"
                + f.actionClauses();
    }

    String check(CheckConstraint c) {
        return constraintName(c.name()) + "CHECK (" + c.expression() + ")";
    }

    private static String constraintName(Optional<String> name) {
        return name.map(n -> "CONSTRAINT " + q(n) + " ").orElse("");
    }

    /**
     * {@code CREATE [UNIQUE] INDEX "n" ON "t" [USING method] (keys) [WHERE predicate]}. A key that is a plain
     * identifier is a column and is quoted; any other key is written as given: a function call, a
     * parenthesised expression, or a column followed by an operator class or ordering. Any other expression
     * gets the parentheses PostgreSQL requires around it
     * (https://www.postgresql.org/docs/current/sql-createindex.html). The index lands in the table's schema.
     */
    String createIndex(String tableName, Index index) {
        return createIndex(tableName, index, schema.table(tableName).map(t -> t.columnNames()).orElse(List.of()));
    }

    /** @param columns the table's columns: a key that names one is that column, quoted, whatever it looks like */
    String createIndex(String tableName, Index index, List<String> columns) {
        List<String> keys = new ArrayList<>();
        for (String c : index.columns()) {
            keys.add(columns.contains(c) ? q(c) : indexKey(c));
        }
        String using = index.method().isEmpty() ? "" : " USING " + PostgresNames.quoteIfNeeded(index.method());
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON " + table(tableName)
                + using + " (" + String.join(", ", keys) + ")" + index.where().map(w -> " WHERE " + w).orElse("");
    }

    private static String indexKey(String key) {
        String k = key.strip();
        if (PLAIN_IDENTIFIER.matcher(k).matches()) {
            return q(k);
        }
        if (isCallOrParenthesised(k) || KEY_WITH_OPTIONS.matcher(k).matches()
                || (k.startsWith("\"") && k.endsWith("\"") && k.length() > 1)) {
            return k;
        }
        return "(" + k + ")";
    }

    /**
     * A default as the DEFAULT clause takes it: numbers, string literals (with casts), SQL value functions and
     * function calls bare, anything else in parentheses, which PostgreSQL accepts around any expression and
     * does not store (the clause takes only a restricted expression,
     * https://www.postgresql.org/docs/current/sql-createtable.html#SQL-CREATETABLE-PARMS-DEFAULT).
     */
    static String defaultClause(String expression) {
        String e = expression.strip();
        boolean bare = NUMBER.matcher(e).matches() || STRING.matcher(e).matches()
                || BARE_DEFAULTS.contains(e.toLowerCase(Locale.ROOT)) || isCallOrParenthesised(e);
        return bare ? e : "(" + e + ")";
    }

    /**
     * {@code f(...)}, {@code schema.f(...)} or {@code (...)}, where the first opening parenthesis closes at the
     * very end (optionally followed by a cast), so the text is one call or one parenthesised group.
     */
    private static boolean isCallOrParenthesised(String e) {
        int open;
        if (e.startsWith("(")) {
            open = 0;
        } else if (CALL.matcher(e).matches()) {
            open = e.indexOf('(');
        } else {
            return false;
        }
        int close = matchingParenthesis(e, open);
        return close > 0 && CAST_SUFFIX.matcher(e.substring(close + 1)).matches();
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int matchingParenthesis(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An SQL literal for a {@code BulkInsert} value. Strings are standard-conforming literals (quotes doubled,
     * backslashes literal: {@code standard_conforming_strings} has been on by default since PostgreSQL 9.1);
     * non-finite floats become the strings PostgreSQL reads as NaN and infinities; byte arrays become
     * {@code bytea} hex literals. Dates and times, UUIDs, enums and JSON values become what {@link RowValues} says
     * (ISO text, which PostgreSQL casts to the column's type); a collection for an array column becomes an array
     * literal ({@code '{"a","b"}'}).
     */
    String valueLiteral(String table, String column, Object value) {
        Optional<ColumnType> type = schema.table(table).flatMap(t -> t.column(column)).map(Column::type);
        Optional<ColumnType> element = type.flatMap(ColumnType::arrayElement);
        if (element.isPresent() && (value instanceof Collection<?> || value instanceof Object[])) {
            return literal(arrayText(table, column, value, element));
        }
        return plainLiteral(table, column, RowValues.plain(table, column, value, type, STYLE));
    }

    private static final RowValues.Style STYLE = new RowValues.Style(RowValues.Temporals.ISO_TEXT, false);

    /** PostgreSQL's text form of an array (https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO). */
    private static String arrayText(String table, String column, Object value, Optional<ColumnType> element) {
        Iterable<?> items = value instanceof Object[] array ? java.util.Arrays.asList(array) : (Collection<?>) value;
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Object item : items) {
            b.append(first ? "" : ",");
            first = false;
            if (item instanceof Collection<?> || item instanceof Object[]) {
                b.append(arrayText(table, column, item, element));
                continue;
            }
            Object v = RowValues.plain(table, column, item, element, STYLE);
            if (v == null) {
                b.append("NULL");
            } else if (v instanceof byte[]) {
                throw new RetortException(ErrorCode.UNSUPPORTED, "bulkInsert into " + table + "." + column
                        + ": an array of byte arrays has no literal here; insert it with op.execute(...)");
            } else {
                b.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return b.append('}').toString();
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
            if (Double.isNaN(d)) {
                return "'NaN'";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "'Infinity'" : "'-Infinity'";
            }
            return value.toString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            String s = value.toString();
            if (s.indexOf('\0') >= 0) {
                throw new RetortException(ErrorCode.UNSUPPORTED, "bulkInsert into " + table + "." + column
                        + ": PostgreSQL text cannot hold the NUL character; remove it or store the value as bytes");
            }
            return literal(s);
        }
        if (value instanceof byte[] bytes) {
            // decode() reads the same under every standard_conforming_strings setting, unlike '\x..'
            return "decode('" + HexFormat.of().formatHex(bytes) + "', 'hex')";
        }
        throw new IllegalStateException("no literal for a " + value.getClass().getName());
    }
}
