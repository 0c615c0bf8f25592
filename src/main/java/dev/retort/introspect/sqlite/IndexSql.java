package dev.retort.introspect.sqlite;

import dev.retort.model.DefaultExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a stored {@code CREATE INDEX} statement the pragmas do not give: the key list (for expression
 * keys) and the {@code WHERE} predicate of a partial index.
 *
 * @param keys the keys in order: plain column names unquoted, expressions as written
 * @param where the predicate, if the index is partial
 */
record IndexSql(List<String> keys, Optional<String> where) {

    static IndexSql parse(String sql) {
        if (sql == null) {
            return new IndexSql(List.of(), Optional.empty());
        }
        int open = sql.indexOf('(');
        int close = matching(sql, open);
        if (open < 0 || close < 0) {
            return new IndexSql(List.of(), Optional.empty());
        }
        List<String> keys = new ArrayList<>();
        for (String part : splitTopLevel(sql.substring(open + 1, close))) {
            keys.add(unquote(part.strip()));
        }
        String rest = sql.substring(close + 1).strip();
        Optional<String> where = Optional.empty();
        if (rest.regionMatches(true, 0, "WHERE", 0, 5)) {
            where = Optional.of(DefaultExpression.stripOuterParentheses(rest.substring(5).strip()));
        }
        return new IndexSql(keys, where);
    }

    private static int matching(String s, int open) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") && key.indexOf('"', 1) == key.length() - 1) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }
}
