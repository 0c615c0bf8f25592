package dev.retort.introspect.sqlite;

import dev.retort.dialect.sqlite.SqlTokens;
import dev.retort.dialect.sqlite.SqlTokens.Token;
import dev.retort.model.CheckConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads from a stored {@code CREATE TABLE} text what SQLite's pragmas do not report: AUTOINCREMENT, the names
 * of UNIQUE and FOREIGN KEY constraints, CHECK constraints, and WITHOUT ROWID. Column- and table-level forms are
 * both understood; everything else in the text is skipped. Parentheses are matched on tokens, so parentheses
 * and keywords inside string literals, quoted names and comments do not count.
 */
final class CreateTableParser {

    /**
     * A UNIQUE constraint as written.
     *
     * @param name its CONSTRAINT name, if given
     * @param columns the constrained columns
     */
    record ParsedUnique(Optional<String> name, List<String> columns) {
    }

    /**
     * A foreign key as written.
     *
     * @param name its CONSTRAINT name, if given
     * @param columns the referencing columns
     * @param referencedTable the referenced table, as written
     * @param referencedColumns the referenced columns; empty means the referenced table's primary key
     */
    record ParsedForeignKey(Optional<String> name, List<String> columns, String referencedTable,
                            List<String> referencedColumns) {
    }

    /**
     * What the text says, each list in the order written.
     *
     * @param autoincrement whether some column is declared AUTOINCREMENT
     * @param withoutRowid whether the table is a WITHOUT ROWID table
     * @param uniques the UNIQUE constraints
     * @param foreignKeys the foreign keys
     * @param checks the CHECK constraints
     */
    record ParsedTable(boolean autoincrement, boolean withoutRowid, List<ParsedUnique> uniques,
                       List<ParsedForeignKey> foreignKeys, List<CheckConstraint> checks) {
    }

    private final String sql;
    private final List<Token> tokens;
    private boolean autoincrement;
    private final List<ParsedUnique> uniques = new ArrayList<>();
    private final List<ParsedForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();

    private CreateTableParser(String sql) {
        this.sql = sql;
        this.tokens = SqlTokens.tokenize(sql);
    }

    static ParsedTable parse(String createTableSql) {
        return new CreateTableParser(createTableSql == null ? "" : createTableSql).run();
    }

    private ParsedTable run() {
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isPunct('(')) {
            open++;
        }
        int close = open < tokens.size() ? SqlTokens.matching(tokens, open) : -1;
        if (close < 0) {
            return new ParsedTable(false, false, List.of(), List.of(), List.of());
        }
        int start = open + 1;
        int depth = 0;
        for (int i = start; i <= close; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            }
            if ((t.isPunct(',') && depth == 0) || i == close) {
                element(start, i);
                start = i + 1;
            }
        }
        boolean withoutRowid = false;
        for (int i = close + 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("WITHOUT") && tokens.get(i + 1).isWord("ROWID")) {
                withoutRowid = true;
            }
        }
        return new ParsedTable(autoincrement, withoutRowid, List.copyOf(uniques), List.copyOf(foreignKeys),
                List.copyOf(checks));
    }

    /** One column definition or table constraint: tokens {@code [from, to)}. */
    private void element(int from, int to) {
        if (from >= to) {
            return;
        }
        Token first = tokens.get(from);
        boolean tableConstraint = first.kind() == SqlTokens.Kind.WORD && (first.isWord("CONSTRAINT")
                || first.isWord("PRIMARY") || first.isWord("UNIQUE") || first.isWord("CHECK") || first.isWord("FOREIGN"));
        if (tableConstraint) {
            constraints(from, to, Optional.empty());
        } else {
            constraints(from + 1, to, Optional.of(first.identifier()));
        }
    }

    /**
     * Scans the constraints in {@code [from, to)}; {@code column} is the column they belong to, or empty for a
     * table constraint. Parenthesised parts not introduced by a keyword of interest (type arguments, DEFAULT
     * expressions) are skipped whole.
     */
    private void constraints(int from, int to, Optional<String> column) {
        Optional<String> pendingName = Optional.empty();
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                i = skipParens(i, to);
                continue;
            }
            if (t.kind() != SqlTokens.Kind.WORD) {
                i++;
                continue;
            }
            if (t.isWord("CONSTRAINT") && i + 1 < to) {
                pendingName = Optional.of(tokens.get(i + 1).identifier());
                i += 2;
                continue;
            }
            Optional<String> name = pendingName;
            pendingName = Optional.empty();
            if (t.isWord("AUTOINCREMENT")) {
                autoincrement = true;
                i++;
            } else if (t.isWord("CHECK") && i + 1 < to && tokens.get(i + 1).isPunct('(')) {
                int close = closeOf(i + 1, to);
                checks.add(new CheckConstraint(name, sql.substring(tokens.get(i + 1).end(), tokens.get(close).start())));
                i = close + 1;
            } else if (t.isWord("UNIQUE")) {
                if (column.isPresent()) {
                    uniques.add(new ParsedUnique(name, List.of(column.get())));
                    i++;
                } else if (i + 1 < to && tokens.get(i + 1).isPunct('(')) {
                    int close = closeOf(i + 1, to);
                    uniques.add(new ParsedUnique(name, names(i + 2, close)));
                    i = close + 1;
                } else {
                    i++;
                }
            } else if (t.isWord("FOREIGN") && column.isEmpty()) {
                int open = i + 1;
                while (open < to && !tokens.get(open).isPunct('(')) {
                    open++;
                }
                if (open >= to) {
                    return;
                }
                int close = closeOf(open, to);
                i = references(close + 1, to, name, names(open + 1, close));
            } else if (t.isWord("REFERENCES") && column.isPresent()) {
                i = references(i, to, name, List.of(column.get()));
            } else {
                i++;
            }
        }
    }

    /** Reads {@code REFERENCES table [(columns)]} at {@code at}; returns the index after it. */
    private int references(int at, int to, Optional<String> name, List<String> columns) {
        if (at + 1 >= to || !tokens.get(at).isWord("REFERENCES")) {
            return to;
        }
        String table = tokens.get(at + 1).identifier();
        int next = at + 2;
        List<String> referenced = List.of();
        if (next < to && tokens.get(next).isPunct('(')) {
            int close = closeOf(next, to);
            referenced = names(next + 1, close);
            next = close + 1;
        }
        foreignKeys.add(new ParsedForeignKey(name, columns, table, referenced));
        return next;
    }

    /** The first token of each comma-separated item in {@code [from, to)}: the column of an indexed-column list. */
    private List<String> names(int from, int to) {
        List<String> out = new ArrayList<>();
        boolean expectName = true;
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            } else if (t.isPunct(',') && depth == 0) {
                expectName = true;
                continue;
            }
            if (expectName && depth == 0) {
                out.add(t.identifier());
                expectName = false;
            }
        }
        return out;
    }

    private int closeOf(int open, int limit) {
        int close = SqlTokens.matching(tokens, open);
        return close < 0 || close > limit ? limit - 1 : close;
    }

    private int skipParens(int open, int limit) {
        return closeOf(open, limit) + 1;
    }
}
