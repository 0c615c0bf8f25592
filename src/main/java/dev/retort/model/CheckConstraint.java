package dev.retort.model;

import dev.retort.annotations.PublicApi;
import java.util.Objects;
import java.util.Optional;

/**
 * A CHECK constraint.
 *
 * @param name the constraint name, empty when unnamed
 * @param expression the boolean SQL expression, without the surrounding {@code CHECK ( )}
 */
@PublicApi
public record CheckConstraint(Optional<String> name, String expression) {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        expression = expression.strip();
    }

    public CheckConstraint withName(String newName) {
        return new CheckConstraint(Optional.of(newName), expression);
    }

    /**
     * Whether the two checks are the same condition: the same {@link #normalise normal form}, or both limit the same
     * column to the same values in any order ({@link ValueList}; MariaDB's native enum lists them by name).
     */
    public boolean sameShape(CheckConstraint other) {
        if (normalise(expression).equals(normalise(other.expression))) {
            return true;
        }
        var mine = ValueList.of(this);
        var theirs = ValueList.of(other);
        return mine.isPresent() && theirs.isPresent() && mine.get().getKey().equalsIgnoreCase(theirs.get().getKey())
                && java.util.Set.copyOf(mine.get().getValue()).equals(java.util.Set.copyOf(theirs.get().getValue()))
                && mine.get().getValue().size() == theirs.get().getValue().size();
    }

    /**
     * Whitespace-, case- and identifier-quote-insensitive outside string literals, without redundant outer
     * parentheses, and without the parentheses around a simple term that PostgreSQL drops when it prints a check
     * back: Hibernate writes {@code kind <> 'car' or (seats is not null)}, PostgreSQL stores
     * {@code kind <> 'car' or seats is not null}. A term is simple when it holds no {@code and}, {@code or} or
     * arithmetic operator; parentheses after a word (a function call, an {@code in} list) are kept.
     */
    public static String normalise(String expr) {
        String e = expr.strip();
        while (e.startsWith("(") && e.endsWith(")") && balanced(e.substring(1, e.length() - 1))) {
            e = e.substring(1, e.length() - 1).strip();
        }
        e = withoutSimpleParentheses(e);
        StringBuilder b = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'') {
                inString = !inString;
                b.append(c);
            } else if (inString) {
                b.append(c);
            } else if (!Character.isWhitespace(c) && c != '"') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String withoutSimpleParentheses(String expr) {
        String e = expr;
        boolean changed = true;
        while (changed) {
            changed = false;
            boolean inString = false;
            for (int open = 0; open < e.length(); open++) {
                char c = e.charAt(open);
                if (c == '\'') {
                    inString = !inString;
                }
                if (inString || c != '(' || followsWord(e, open)) {
                    continue;
                }
                int close = matching(e, open);
                if (close > 0 && isSimple(e.substring(open + 1, close))) {
                    e = e.substring(0, open) + " " + e.substring(open + 1, close) + " " + e.substring(close + 1);
                    changed = true;
                    break;
                }
            }
        }
        return e;
    }

    /** Whether the {@code (} at {@code at} follows a word other than {@code and}, {@code or}, {@code not}. */
    private static boolean followsWord(String e, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(e.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(e.charAt(start - 1)) || e.charAt(start - 1) == '_'
                || e.charAt(start - 1) == '"')) {
            start--;
        }
        String word = e.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        return !word.isEmpty() && !word.equals("and") && !word.equals("or") && !word.equals("not");
    }

    /** The index of the {@code )} that closes the {@code (} at {@code open}, or -1. */
    private static int matching(String e, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** No {@code and}, {@code or} or arithmetic operator outside string literals. */
    private static boolean isSimple(String inner) {
        StringBuilder outside = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                inString = !inString;
                outside.append(' ');
            } else if (!inString) {
                outside.append(Character.toLowerCase(c));
            }
        }
        String text = " " + outside.toString().replace('(', ' ').replace(')', ' ') + " ";
        return !text.matches("(?s).*[\\s](and|or)[\\s].*") && !text.matches("(?s).*[-+*/%|].*");
    }

    /** Whether every parenthesis in {@code s} outside string literals closes one opened before it, and all close. */
    static boolean balanced(String s) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
