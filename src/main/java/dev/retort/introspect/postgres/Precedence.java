package dev.retort.introspect.postgres;

import dev.retort.introspect.postgres.ExpressionSyntax.Group;
import dev.retort.introspect.postgres.ExpressionSyntax.Kind;
import dev.retort.introspect.postgres.ExpressionSyntax.Node;
import dev.retort.introspect.postgres.ExpressionSyntax.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes the parentheses PostgreSQL prints around every operator when operator precedence makes them redundant
 * (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-PRECEDENCE-TABLE). Operators are ranked
 * coarsely: OR, AND, NOT, comparisons (with IS, IN, BETWEEN, LIKE), other operators, additive, multiplicative.
 * Parentheses stay around an AND inside an OR and around anything but a single operand after NOT, where people
 * write them for clarity, and around and inside anything with an operator this class does not rank
 * ({@code ^}, prefix operators).
 */
final class Precedence {

    /** Operator classes, loosest binding first. A group's parentheses go when its class binds tighter than its context. */
    private static final int LIST = 0;
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int OTHER = 5;
    private static final int ADDITIVE = 6;
    private static final int MULTIPLICATIVE = 7;
    private static final int OPERAND = 8;
    /** A level whose operators this class does not rank ({@code ^}, prefix operators): parentheses stay. */
    private static final int OPAQUE = -1;

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
    private static final Set<String> COMPARISON_KEYWORDS = Set.of("IS", "IN", "BETWEEN", "LIKE", "ILIKE", "ANY", "ALL",
            "SOME", "DISTINCT");
    /** Keywords after which a parenthesis opens a list or argument, not a grouping. */
    private static final Set<String> LIST_OPENERS = Set.of("IN", "ANY", "ALL", "SOME", "ARRAY");

    private Precedence() {
    }

    /** Whether {@code items} is one operand: a name, literal, call or cast, with no operator at its top. */
    static boolean isOperand(List<Node> items) {
        return classOf(items) == OPERAND;
    }

    /** Removes parentheses that change nothing, each list element of a comma-separated level on its own. */
    static List<Node> dropRedundant(List<Node> items) {
        if (items.stream().anyMatch(n -> n instanceof Tok t && t.kind() == Kind.COMMA)) {
            List<Node> out = new ArrayList<>();
            List<Node> element = new ArrayList<>();
            for (Node node : items) {
                if (node instanceof Tok t && t.kind() == Kind.COMMA) {
                    out.addAll(dropRedundant(element));
                    out.add(node);
                    element = new ArrayList<>();
                } else {
                    element.add(node);
                }
            }
            out.addAll(dropRedundant(element));
            return out;
        }
        int context = classOf(items);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node node = items.get(i);
            if (node instanceof Group g && g.open() == '(' && isGrouping(items, i) && isRedundant(g, items, i, context)) {
                out.addAll(g.items());
            } else {
                out.add(node);
            }
        }
        return out;
    }

    /** A parenthesis that groups, as opposed to one that holds arguments or an IN list. */
    private static boolean isGrouping(List<Node> items, int index) {
        if (index == 0) {
            return true;
        }
        Node prev = items.get(index - 1);
        if (prev instanceof Tok t) {
            return switch (t.kind()) {
                case NAME, TYPE -> false;
                case KEYWORD -> !LIST_OPENERS.contains(t.text());
                case STRING, NUMBER, OPERATOR, COMMA, CAST -> true;
            };
        }
        return false;
    }

    private static boolean isRedundant(Group g, List<Node> items, int index, int context) {
        List<Node> content = g.items();
        if (content.isEmpty() || content.stream().anyMatch(n -> n instanceof Tok t && t.kind() == Kind.COMMA)) {
            return false;
        }
        int inner = classOf(content);
        boolean followedByPostfix = index + 1 < items.size()
                && (items.get(index + 1) instanceof Tok t && t.kind() == Kind.CAST
                    || items.get(index + 1) instanceof Group next && next.open() == '[');
        if (inner == OPERAND) {
            // (-1)::text must keep its parentheses: -1::text casts 1 and then negates
            return !(followedByPostfix && content.get(0) instanceof Tok t && t.text().startsWith("-"));
        }
        if (followedByPostfix) {
            return false;
        }
        if (items.size() == 1) {
            return true;
        }
        if (inner == OPAQUE || context == OPAQUE) {
            return false;
        }
        if (context == NOT || (context == OR && inner == AND)) {
            return false;
        }
        return inner > context || (inner == context && (inner == AND || inner == OR));
    }

    /** The loosest-binding operator at the top of a level. */
    private static int classOf(List<Node> items) {
        boolean or = false;
        boolean and = false;
        boolean comparison = false;
        boolean other = false;
        boolean additive = false;
        boolean multiplicative = false;
        boolean betweenPending = false;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Tok t)) {
                continue;
            }
            boolean prefix = i == 0 || (items.get(i - 1) instanceof Tok p && (p.kind() == Kind.OPERATOR
                    || p.kind() == Kind.KEYWORD || p.kind() == Kind.COMMA));
            switch (t.kind()) {
                case COMMA -> {
                    return LIST;
                }
                case KEYWORD -> {
                    switch (t.text()) {
                        case "OR" -> or = true;
                        case "AND" -> {
                            if (betweenPending) {
                                betweenPending = false;
                            } else {
                                and = true;
                            }
                        }
                        case "BETWEEN" -> {
                            comparison = true;
                            betweenPending = true;
                        }
                        case "NOT" -> comparison |= i > 0;
                        default -> comparison |= COMPARISON_KEYWORDS.contains(t.text());
                    }
                }
                case OPERATOR -> {
                    String op = t.text();
                    if (prefix || op.equals("^")) {
                        return OPAQUE;
                    } else if (COMPARISONS.contains(op)) {
                        comparison = true;
                    } else if (op.equals("+") || op.equals("-")) {
                        additive = true;
                    } else if (op.equals("*") || op.equals("/") || op.equals("%")) {
                        multiplicative = true;
                    } else {
                        other = true;
                    }
                }
                case STRING, NUMBER, NAME, CAST, TYPE -> {
                    // operands
                }
            }
        }
        if (or) {
            return OR;
        }
        if (and) {
            return AND;
        }
        if (!items.isEmpty() && items.get(0) instanceof Tok first && first.is(Kind.KEYWORD, "NOT")) {
            return NOT;
        }
        if (comparison) {
            return COMPARISON;
        }
        if (other) {
            return OTHER;
        }
        if (additive) {
            return ADDITIVE;
        }
        return multiplicative ? MULTIPLICATIVE : OPERAND;
    }
}
