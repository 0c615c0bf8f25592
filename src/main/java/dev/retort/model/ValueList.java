package dev.retort.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A string column limited to a list of values by a check of the form {@code column in ('A','B')}: the check
 * Hibernate attaches to an {@code @Enumerated(STRING)} column on the databases without a native enum column
 * (PostgreSQL, SQLite). The model keeps such a column that way on every database, so that one migration runs on all
 * of them; a database with a native enum column (MariaDB's {@code enum('A','B')}) writes and reads the column and
 * its check as one native column.
 */
public final class ValueList {

    private static final String LITERAL = "'(?:[^']|'')*'";
    private static final Pattern FORM = Pattern.compile("(?is)\\s*\\(*\\s*([`\"]?)([^`\"\\s()]+)\\1\\s*\\)*\\s+in\\s*\\(\\s*("
            + LITERAL + "(?:\\s*,\\s*" + LITERAL + ")*)\\s*\\)\\s*");
    private static final Pattern ONE = Pattern.compile(LITERAL);

    private ValueList() {
    }

    /**
     * The check of a native enum column of {@code table}, which has no name in the database: the one Retort gives
     * such a check where it is a constraint of its own ({@code ck_<table>_<column>}), so that a migration made
     * from a database with native enums drops it by that name on the others.
     */
    public static CheckConstraint namedCheck(String table, String column, List<String> values) {
        return check(column, values).withName(GeneratedNames.constraint("ck_" + table + "_" + column));
    }

    /** The check that limits {@code column} (a model name, marked or not) to {@code values}, as Hibernate writes it. */
    public static CheckConstraint check(String column, List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a value list needs at least one value");
        }
        StringBuilder b = new StringBuilder(column).append(" in (");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ",").append('\'').append(values.get(i).replace("'", "''")).append('\'');
        }
        return new CheckConstraint(Optional.empty(), b.append(')').toString());
    }

    /**
     * The values {@code check} limits a column to, with the column's name as the check spells it (unquoted), or empty
     * when the check has another form. Outer parentheses, identifier quotes and the case of {@code in} do not matter.
     */
    public static Optional<Map.Entry<String, List<String>>> of(CheckConstraint check) {
        String expression = check.expression();
        while (expression.startsWith("(") && expression.endsWith(")")
                && CheckConstraint.balanced(expression.substring(1, expression.length() - 1))) {
            expression = expression.substring(1, expression.length() - 1).strip();
        }
        Matcher m = FORM.matcher(expression);
        if (!m.matches() || !CheckConstraint.balanced(m.group(0))) {
            return Optional.empty();
        }
        return literals(m.group(3)).map(values -> Map.entry(m.group(2), values));
    }

    /**
     * The values of a comma-separated list of SQL string literals ({@code 'A','B'}, a quote in one doubled), as
     * an {@code in} list and an {@code enum(...)} type spell them; empty when {@code list} is anything else.
     */
    public static Optional<List<String>> literals(String list) {
        if (!list.strip().matches("(?s)" + LITERAL + "(?:\\s*,\\s*" + LITERAL + ")*")) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        Matcher one = ONE.matcher(list);
        while (one.find()) {
            String literal = one.group();
            values.add(literal.substring(1, literal.length() - 1).replace("''", "'"));
        }
        return Optional.of(List.copyOf(values));
    }

    /**
     * The string ({@code varchar} or {@code char}) columns of {@code table} that one of its checks limits to a list
     * of values, by column name, in column order; the first such check of a column counts.
     */
    public static Map<String, List<String>> columns(Table table) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (!isString(column.type())) {
                continue;
            }
            for (CheckConstraint check : table.checks()) {
                Optional<Map.Entry<String, List<String>>> list = of(check)
                        .filter(e -> sameName(e.getKey(), column.name()));
                if (list.isPresent()) {
                    out.put(column.name(), list.get().getValue());
                    break;
                }
            }
        }
        return out;
    }

    /** The column {@code check} limits, when it is a value list on one of the string columns of {@code table}. */
    public static Optional<Column> column(Table table, CheckConstraint check) {
        return of(check).flatMap(e -> table.columns().stream()
                .filter(c -> isString(c.type()) && sameName(e.getKey(), c.name())).findFirst());
    }

    /** Whether a column of {@code type} can be limited to a list of values: a {@code varchar} or {@code char}. */
    public static boolean isString(ColumnType type) {
        return type.kind() == TypeKind.VARCHAR || type.kind() == TypeKind.CHAR;
    }

    private static boolean sameName(String inCheck, String column) {
        return inCheck.equalsIgnoreCase(Identifiers.unmarked(column));
    }
}
