package dev.retort.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The canonical spelling of a column default ({@link Column#defaultValue()}), shared by scanning and
 * introspection so that both sides of a diff spell the same default the same way.
 *
 * <p>Canonical form: surrounding whitespace trimmed and redundant outer parentheses removed
 * ({@code (now())} becomes {@code now()}, {@code (1) + (2)} is kept). A missing, blank or {@code NULL}
 * default is no default at all. Parentheses inside string literals and quoted identifiers are ignored.
 */
public final class DefaultExpression {

    private DefaultExpression() {
    }

    /** The canonical form of {@code sql}, or empty when it states no default ({@code null}, blank, {@code NULL}). */
    public static Optional<String> normalise(String sql) {
        if (sql == null) {
            return Optional.empty();
        }
        String e = stripOuterParentheses(sql);
        if (e.isEmpty() || e.toUpperCase(Locale.ROOT).equals("NULL")) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** {@code expr} trimmed, without parentheses that enclose the whole expression. */
    public static String stripOuterParentheses(String expr) {
        String e = expr.strip();
        while (e.length() >= 2 && e.charAt(0) == '(' && e.charAt(e.length() - 1) == ')'
                && isBalanced(e.substring(1, e.length() - 1))) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    /** Whether the parentheses of {@code s} pair up without the depth ever going negative. */
    private static boolean isBalanced(String s) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                // A doubled quote inside a literal toggles twice, which leaves the state unchanged.
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0 && quote == 0;
    }
}
