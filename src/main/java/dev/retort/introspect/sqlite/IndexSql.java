package dev.retort.introspect.sqlite;

import dev.retort.dialect.sqlite.SqlTokens;
import dev.retort.dialect.sqlite.SqlTokens.Token;
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
        List<Token> tokens = SqlTokens.tokenize(sql);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isPunct('(')) {
            open++;
        }
        int close = open < tokens.size() ? SqlTokens.matching(tokens, open) : -1;
        if (close < 0) {
            return new IndexSql(List.of(), Optional.empty());
        }
        List<String> keys = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i <= close; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')') && i < close) {
                depth--;
            } else if ((t.isPunct(',') && depth == 0) || i == close) {
                keys.add(key(sql, tokens, start, i));
                start = i + 1;
            }
        }
        Optional<String> where = Optional.empty();
        if (close + 1 < tokens.size() && tokens.get(close + 1).isWord("WHERE") && close + 2 < tokens.size()) {
            where = Optional.of(DefaultExpression.stripOuterParentheses(sql.substring(tokens.get(close + 2).start()).strip()));
        }
        return new IndexSql(keys, where);
    }

    /** One key: a lone (possibly quoted) name is the column; anything else is an expression, kept as written. */
    private static String key(String sql, List<Token> tokens, int from, int to) {
        if (to - from == 1 && tokens.get(from).kind() != SqlTokens.Kind.PUNCT) {
            return tokens.get(from).identifier();
        }
        return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end()).strip();
    }
}
