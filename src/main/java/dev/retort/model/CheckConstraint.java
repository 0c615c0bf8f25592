package dev.retort.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A CHECK constraint.
 *
 * @param name the constraint name, empty when unnamed
 * @param expression the boolean SQL expression, without the surrounding {@code CHECK ( )}
 */
public record CheckConstraint(Optional<String> name, String expression) {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        expression = expression.strip();
    }

    public CheckConstraint withName(String newName) {
        return new CheckConstraint(Optional.of(newName), expression);
    }

    public boolean sameShape(CheckConstraint other) {
        return normalise(expression).equals(normalise(other.expression));
    }

    /** Whitespace- and case-insensitive outside string literals, without redundant outer parentheses. */
    public static String normalise(String expr) {
        String e = expr.strip();
        while (e.startsWith("(") && e.endsWith(")") && balanced(e.substring(1, e.length() - 1))) {
            e = e.substring(1, e.length() - 1).strip();
        }
        StringBuilder b = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'') {
                inString = !inString;
                b.append(c);
            } else if (inString) {
                b.append(c);
            } else if (!Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static boolean balanced(String s) {
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
