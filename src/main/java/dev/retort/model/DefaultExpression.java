package dev.retort.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The canonical spelling of a column default ({@link Column#defaultValue()}), shared by scanning and
 * introspection so that both sides of a diff spell the same default the same way.
 *
 * <p>Canonical form: surrounding whitespace trimmed and redundant outer parentheses removed
 * ({@code (now())} becomes {@code now()}, {@code (1) + (2)} is kept). A missing or blank default is no default
 * at all, and so is every spelling of {@code NULL}: {@code NULL}, {@code NULL::character varying} (what
 * PostgreSQL stores for a {@code DEFAULT NULL} that Hibernate, Flyway or Liquibase wrote for a {@code varchar}),
 * {@code CAST(NULL AS text)}, in any letter case and parentheses. Parentheses inside string literals and quoted
 * identifiers are ignored.
 *
 * <p>The current time has one spelling, the standard {@code CURRENT_TIMESTAMP}, which every database accepts:
 * PostgreSQL's {@code now()} and {@code transaction_timestamp()} are the same function there, and SQLite knows no
 * {@code now()} (an insert into a table with {@code DEFAULT (now())} fails), so an entity's
 * {@code @ColumnDefault("now()")} makes a migration that runs on both.
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
        if (e.isEmpty() || isNull(e)) {
            return Optional.empty();
        }
        if (CURRENT_TIME.matcher(e).matches()) {
            return Optional.of("CURRENT_TIMESTAMP");
        }
        return Optional.of(e);
    }

    private static final Pattern CURRENT_TIME = Pattern.compile(
            "(?i)now\\s*\\(\\s*\\)|current_timestamp(\\s*\\(\\s*\\))?|transaction_timestamp\\s*\\(\\s*\\)");

    /** A type name as a cast spells it: words, digits, parentheses, brackets, commas, dots and double quotes. */
    private static final String TYPE = "[A-Za-z_\"][A-Za-z0-9_ ,.()\\[\\]\"]*";
    private static final Pattern NULL = Pattern.compile(
            "(?i)\\(*\\s*null\\s*\\)*(\\s*::\\s*" + TYPE + ")*|cast\\s*\\(\\s*\\(*\\s*null\\s*\\)*\\s+as\\s+" + TYPE + "\\)");

    private static boolean isNull(String expression) {
        return NULL.matcher(expression).matches();
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
