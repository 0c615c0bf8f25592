package dev.retort.dialect.sqlite;

import dev.retort.dialect.RowValues;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders table definitions, column definitions, indexes and literals in SQLite's syntax. */
final class SqliteTableSql {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|0[xX][0-9a-fA-F]+)");
    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern BLOB = Pattern.compile("[xX]'(?:[0-9a-fA-F]{2})*'");

    private final SqliteDialect dialect;

    SqliteTableSql(SqliteDialect dialect) {
        this.dialect = dialect;
    }

    String q(String identifier) {
        return dialect.quote(identifier);
    }

    String literal(String value) {
        return dialect.literal(value);
    }

    String columnList(List<String> columns) {
        return columns.stream().map(this::q).collect(Collectors.joining(", "));
    }

    /** {@code CREATE TABLE} for {@code table}'s shape under the name {@code name} (indexes not included). */
    String createTable(Table table, String name) {
        Optional<Column> rowid = rowidIdentity(table);
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) {
            parts.add(rowid.isPresent() && rowid.get() == c
                    ? q(c.name()) + " integer PRIMARY KEY AUTOINCREMENT"
                    : columnDefinition(c));
        }
        if (rowid.isEmpty() && !table.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + columnList(table.primaryKey()) + ")");
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            parts.add(constraintName(u.name()) + "UNIQUE (" + columnList(u.columns()) + ")");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            parts.add(constraintName(fk.name()) + "FOREIGN KEY (" + columnList(fk.columns()) + ") REFERENCES "
                    + q(fk.referencedTable()) + " (" + columnList(fk.referencedColumns()) + ")"
                    + fk.actionClauses());
        }
        for (CheckConstraint ck : table.checks()) {
            parts.add(constraintName(ck.name()) + "CHECK (" + ck.expression() + ")");
        }
        return "CREATE TABLE " + q(name) + " (" + String.join(", ", parts) + ")";
    }

    /** {@code "name" type [NOT NULL] [DEFAULT x]}: a column without key constraints, as ADD COLUMN takes it. */
    String columnDefinition(Column c) {
        StringBuilder b = new StringBuilder(q(c.name())).append(' ').append(SqliteTypes.sql(c.type()));
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        c.defaultValue().ifPresent(d -> b.append(" DEFAULT ").append(defaultClause(d)));
        return b.toString();
    }

    /**
     * SQLite has one index method, so a method such as GIN falls back to a plain index; partial indexes and
     * expressions are supported (sqlite.org/partialindex.html, sqlite.org/expridx.html).
     */
    /**
     * @param columns the table's columns: a key that names one is that column, quoted, whatever characters it holds
     *     ({@code a-b}, {@code Naïve}); any other key is an expression and written as given
     */
    String createIndex(String table, Index index, java.util.List<String> columns) {
        StringBuilder keys = new StringBuilder();
        for (String c : index.columns()) {
            if (keys.length() > 0) {
                keys.append(", ");
            }
            keys.append(columns.contains(c) || c.matches("[A-Za-z_][A-Za-z0-9_$]*") ? q(c) : c);
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON " + q(table)
                + " (" + keys + ")" + index.where().map(w -> " WHERE " + w).orElse("");
    }

    private String constraintName(Optional<String> name) {
        return name.map(n -> "CONSTRAINT " + q(n) + " ").orElse("");
    }

    /**
     * The identity column, when the table has one. SQLite generates values only for the rowid alias, which
     * must be the sole primary-key column (https://www.sqlite.org/autoinc.html). A {@link #pendingIdentity} is
     * not one yet.
     */
    static Optional<Column> rowidIdentity(Table table) {
        List<Column> identities = table.columns().stream().filter(Column::identity).toList();
        if (identities.isEmpty() || pendingIdentity(table).isPresent()) {
            return Optional.empty();
        }
        Column id = identities.get(0);
        if (identities.size() > 1 || !table.primaryKey().equals(List.of(id.name())) || !id.type().kind().isIntegral()) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "SQLite generates values only for a single integer"
                    + " PRIMARY KEY column, but table " + table.name() + " declares identity on "
                    + identities.stream().map(Column::name).toList() + " with primary key " + table.primaryKey()
                    + "; make the identity column the table's only primary-key column, or drop identity");
        }
        return Optional.of(id);
    }

    /**
     * The one integer identity column of a table without a primary key: the state between adding an identity
     * column to an existing table and making it the key (the differ adds the column, then the key). Until the
     * key arrives it is a plain {@code integer NOT NULL} column; the rebuild that adds it fills it with each
     * row's rowid, and the rebuild that makes it the key turns it into the rowid alias, values kept.
     */
    static Optional<Column> pendingIdentity(Table table) {
        List<Column> identities = table.columns().stream().filter(Column::identity).toList();
        boolean pending = identities.size() == 1 && table.primaryKey().isEmpty()
                && identities.get(0).type().kind().isIntegral();
        return pending ? Optional.of(identities.get(0)) : Optional.empty();
    }

    /**
     * A default as the DEFAULT clause takes it: literals and CURRENT_* bare, any other expression in
     * parentheses (a bare identifier would be read as a string; https://www.sqlite.org/lang_createtable.html#dfltval).
     */
    static String defaultClause(String expression) {
        String e = expression.strip();
        String upper = e.toUpperCase(Locale.ROOT);
        boolean bare = isConstantLiteral(e) || upper.equals("CURRENT_TIME") || upper.equals("CURRENT_DATE")
                || upper.equals("CURRENT_TIMESTAMP");
        return bare ? e : "(" + e + ")";
    }

    /** A literal ALTER TABLE ADD COLUMN accepts as a default: a number, string, blob, NULL, TRUE or FALSE. */
    static boolean isConstantLiteral(String expression) {
        String e = expression.strip();
        String upper = e.toUpperCase(Locale.ROOT);
        return NUMBER.matcher(e).matches() || STRING.matcher(e).matches() || BLOB.matcher(e).matches()
                || upper.equals("NULL") || upper.equals("TRUE") || upper.equals("FALSE");
    }

    private static final RowValues.Style STYLE = new RowValues.Style(RowValues.Temporals.EPOCH_MILLIS, true);

    /**
     * An SQL literal for a {@code BulkInsert} value into {@code table}, whose shape before the insert is
     * {@code before} when known. Dates and times, UUIDs, enums and JSON values become what {@link RowValues} says
     * for sqlite-jdbc's storage (epoch milliseconds, UUID bytes in a blob column).
     */
    String valueLiteral(String table, String column, Object given, Optional<Table> before) {
        Object value = RowValues.plain(table, column, given,
                before.flatMap(t -> t.column(column)).map(Column::type), STYLE);
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new RetortException(ErrorCode.UNSUPPORTED, "bulkInsert into " + table + "." + column
                        + ": SQLite cannot store " + value + "; use null or a finite number");
            }
            return value.toString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return dialect.literal(value.toString());
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
        }
        throw new IllegalStateException("no literal for a " + value.getClass().getName());
    }
}
