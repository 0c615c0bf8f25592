package dev.retort.introspect.postgres;

import dev.retort.introspect.postgres.ExpressionSyntax.Group;
import dev.retort.introspect.postgres.ExpressionSyntax.Kind;
import dev.retort.introspect.postgres.ExpressionSyntax.Node;
import dev.retort.introspect.postgres.ExpressionSyntax.Tok;
import dev.retort.introspect.postgres.ExpressionSyntax.Unsupported;
import dev.retort.model.DefaultExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the expressions PostgreSQL deparses ({@code pg_get_expr}, {@code pg_get_indexdef}) back into the spelling
 * an entity mapping uses, so that a CHECK created from Hibernate's text reads back equal under
 * {@link dev.retort.model.CheckConstraint#sameShape}.
 *
 * <p>PostgreSQL stores the parsed expression and prints it in its own style: every operator parenthesised, casts
 * on literals ({@code 'LOW'::character varying}), implicit casts of {@code varchar} columns to {@code text}, an
 * IN list as {@code = ANY (ARRAY[...])}, BETWEEN as two comparisons and LIKE as {@code ~~}. This class undoes
 * exactly those rewrites:
 * <ul>
 *   <li>casts on string and numeric literals are dropped ({@code '15'::integer} becomes {@code 15}, {@code 'x'::text}
 *       becomes {@code 'x'}); a cast of a {@code varchar} column (or of an ARRAY of literals) to {@code text} is
 *       dropped; every other cast is kept;</li>
 *   <li>{@code x = ANY (ARRAY[a, b])} becomes {@code x in (a, b)} and {@code x <> ALL (ARRAY[a, b])} becomes
 *       {@code x not in (a, b)};</li>
 *   <li>{@code (x >= lo) AND (x <= hi)} becomes {@code x between lo and hi};</li>
 *   <li>{@code ~~}, {@code !~~}, {@code ~~*}, {@code !~~*} become {@code like}, {@code not like}, {@code ilike},
 *       {@code not ilike};</li>
 *   <li>parentheses that operator precedence makes redundant are removed ({@link Precedence});</li>
 *   <li>keywords are printed in lower case; identifiers and literals exactly as PostgreSQL printed them.</li>
 * </ul>
 * An expression with constructs this class does not model (CASE, sub-queries, COLLATE, special function syntax
 * such as {@code EXTRACT(... FROM ...)}, see {@link ExpressionSyntax}) is only stripped of its outer parentheses,
 * never rewritten.
 */
final class ExpressionCanonicaliser {

    /** Words that continue a multi-word type name after {@code ::}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "without", "with", "time", "zone");
    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private ExpressionCanonicaliser() {
    }

    /**
     * The canonical spelling of a boolean expression: a CHECK body or an index predicate.
     *
     * @param expression the expression as PostgreSQL prints it
     * @param varcharColumns the table's {@code character varying} columns, whose casts to {@code text} PostgreSQL
     *     adds implicitly
     */
    static String condition(String expression, Set<String> varcharColumns) {
        try {
            List<Node> nodes = canonical(ExpressionSyntax.parse(expression), varcharColumns);
            return ExpressionSyntax.print(nodes);
        } catch (Unsupported e) {
            return DefaultExpression.stripOuterParentheses(expression);
        }
    }

    /**
     * The canonical spelling of a column default: a literal loses the cast PostgreSQL adds ({@code 'x'::character
     * varying} is {@code 'x'}, {@code '-1'::integer} is {@code -1}); anything else is kept as printed. The result
     * then goes through {@link DefaultExpression#normalise}.
     */
    static Optional<String> defaultValue(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        try {
            List<Node> nodes = ExpressionSyntax.parse(DefaultExpression.stripOuterParentheses(expression));
            if (nodes.size() >= 3 && nodes.get(0) instanceof Tok literal
                    && (literal.kind() == Kind.STRING || literal.kind() == Kind.NUMBER)
                    && nodes.get(1) instanceof Tok cast && cast.kind() == Kind.CAST) {
                int end = typeEnd(nodes, 2);
                if (end == nodes.size()) {
                    return DefaultExpression.normalise(withoutCast(literal, typeText(nodes, 2, end)).text());
                }
            }
        } catch (Unsupported e) {
            // not a literal: keep the text
        }
        return DefaultExpression.normalise(expression);
    }

    /** Rewrites one level bottom-up: children, casts, PostgreSQL's spellings, then parentheses. */
    private static List<Node> canonical(List<Node> level, Set<String> varcharColumns) throws Unsupported {
        List<Node> items = new ArrayList<>(level.size());
        for (Node node : level) {
            items.add(node instanceof Group g ? new Group(g.open(), canonical(g.items(), varcharColumns)) : node);
        }
        items = foldCasts(items, varcharColumns);
        items = rewriteLike(items);
        items = rewriteAnyAll(items);
        items = rewriteBetween(items);
        checkOperandsSeparated(items);
        return Precedence.dropRedundant(items);
    }

    /** Drops the casts PostgreSQL adds and merges each kept cast's type into one {@link Kind#TYPE} token. */
    private static List<Node> foldCasts(List<Node> items, Set<String> varcharColumns) throws Unsupported {
        List<Node> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Node node = items.get(i);
            if (!(node instanceof Tok t && t.kind() == Kind.CAST)) {
                out.add(node);
                i++;
                continue;
            }
            if (out.isEmpty()) {
                throw new Unsupported("cast without operand");
            }
            int end = typeEnd(items, i + 1);
            String type = typeText(items, i + 1, end);
            Node operand = out.remove(out.size() - 1);
            Node literal = singleLiteral(operand);
            if (literal != null) {
                out.add(withoutCast((Tok) literal, type));
            } else if (isImplicitTextCast(operand, type, varcharColumns)) {
                out.add(operand);
            } else {
                out.add(operand);
                out.add(new Tok(Kind.CAST, "::"));
                out.add(new Tok(Kind.TYPE, type));
            }
            i = end;
        }
        return out;
    }

    /** The literal {@code node} is, possibly inside parentheses; null if it is something else. */
    private static Node singleLiteral(Node node) {
        if (node instanceof Tok t && (t.kind() == Kind.STRING || t.kind() == Kind.NUMBER)) {
            return t;
        }
        if (node instanceof Group g && g.open() == '(' && g.items().size() == 1) {
            return singleLiteral(g.items().get(0));
        }
        return null;
    }

    /** A literal without its cast; a quoted number cast to a numeric type becomes the bare number. */
    private static Tok withoutCast(Tok literal, String type) {
        if (literal.kind() == Kind.STRING && literal.text().startsWith("'")) {
            String body = literal.text().substring(1, literal.text().length() - 1);
            String base = type.replaceFirst("\\(.*$", "").strip().toLowerCase(Locale.ROOT);
            if (NUMERIC_TYPES.contains(base) && NUMBER.matcher(body).matches()) {
                return new Tok(Kind.NUMBER, body);
            }
        }
        return literal;
    }

    /** {@code (c)::text} for a varchar column {@code c}, or {@code (ARRAY[...])::text[]}: casts PostgreSQL adds itself. */
    private static boolean isImplicitTextCast(Node operand, String type, Set<String> varcharColumns) {
        String t = type.toLowerCase(Locale.ROOT);
        Node inner = operand;
        while (inner instanceof Group g && g.open() == '(' && g.items().size() == 1) {
            inner = g.items().get(0);
        }
        if (TEXT_TYPES.contains(t) && inner instanceof Tok name && name.kind() == Kind.NAME) {
            return varcharColumns.contains(unquote(name.text()));
        }
        if (t.endsWith("[]") && TEXT_TYPES.contains(t.substring(0, t.length() - 2)) && operand instanceof Group g
                && g.items().size() == 2 && g.items().get(0) instanceof Tok array && array.is(Kind.KEYWORD, "ARRAY")) {
            return true;
        }
        return false;
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    /** Where the type name that starts at {@code start} ends: words, a modifier in parentheses, {@code []}s. */
    private static int typeEnd(List<Node> items, int start) throws Unsupported {
        if (start >= items.size() || !(items.get(start) instanceof Tok first) || first.kind() != Kind.NAME) {
            throw new Unsupported("cast without type");
        }
        int i = start + 1;
        while (i < items.size()) {
            Node next = items.get(i);
            if (next instanceof Tok t && t.kind() == Kind.NAME && TYPE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                i++;
            } else if (next instanceof Group g && (g.open() == '(' || g.items().isEmpty())) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static String typeText(List<Node> items, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            Node node = items.get(i);
            if (node instanceof Tok t) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t.text());
            } else {
                b.append(ExpressionSyntax.print(List.of(node)));
            }
        }
        return b.toString();
    }

    private static List<Node> rewriteLike(List<Node> items) {
        List<Node> out = new ArrayList<>(items.size());
        for (Node node : items) {
            if (node instanceof Tok t && t.kind() == Kind.OPERATOR) {
                switch (t.text()) {
                    case "~~" -> out.add(new Tok(Kind.KEYWORD, "LIKE"));
                    case "~~*" -> out.add(new Tok(Kind.KEYWORD, "ILIKE"));
                    case "!~~" -> out.addAll(List.of(new Tok(Kind.KEYWORD, "NOT"), new Tok(Kind.KEYWORD, "LIKE")));
                    case "!~~*" -> out.addAll(List.of(new Tok(Kind.KEYWORD, "NOT"), new Tok(Kind.KEYWORD, "ILIKE")));
                    default -> out.add(node);
                }
            } else {
                out.add(node);
            }
        }
        return out;
    }

    /** {@code x = ANY (ARRAY[a, b])} to {@code x IN (a, b)}; {@code x <> ALL (ARRAY[...])} to {@code x NOT IN (...)}. */
    private static List<Node> rewriteAnyAll(List<Node> items) {
        int n = items.size();
        if (n < 4 || !(items.get(n - 3) instanceof Tok op) || !(items.get(n - 2) instanceof Tok quantifier)
                || !(items.get(n - 1) instanceof Group args) || args.open() != '(' || args.items().size() != 2
                || !(args.items().get(0) instanceof Tok array) || !array.is(Kind.KEYWORD, "ARRAY")
                || !(args.items().get(1) instanceof Group elements) || elements.open() != '['
                || elements.items().isEmpty()) {
            return items;
        }
        List<Node> out = new ArrayList<>(items.subList(0, n - 3));
        if (op.is(Kind.OPERATOR, "=") && quantifier.is(Kind.KEYWORD, "ANY")) {
            out.add(new Tok(Kind.KEYWORD, "IN"));
        } else if (op.is(Kind.OPERATOR, "<>") && quantifier.is(Kind.KEYWORD, "ALL")) {
            out.add(new Tok(Kind.KEYWORD, "NOT"));
            out.add(new Tok(Kind.KEYWORD, "IN"));
        } else {
            return items;
        }
        out.add(new Group('(', elements.items()));
        return out;
    }

    /** {@code (x >= lo) AND (x <= hi)}, the whole level, to {@code x BETWEEN lo AND hi}. */
    private static List<Node> rewriteBetween(List<Node> items) {
        if (items.size() != 3 || !(items.get(0) instanceof Group low) || !(items.get(2) instanceof Group high)
                || low.open() != '(' || high.open() != '(' || !(items.get(1) instanceof Tok and)
                || !and.is(Kind.KEYWORD, "AND")) {
            return items;
        }
        List<Node> l = low.items();
        List<Node> h = high.items();
        int ln = l.size();
        int hn = h.size();
        if (ln < 3 || ln != hn || !l.subList(0, ln - 2).equals(h.subList(0, hn - 2))
                || !(l.get(ln - 2) instanceof Tok ge) || !ge.is(Kind.OPERATOR, ">=")
                || !(h.get(hn - 2) instanceof Tok le) || !le.is(Kind.OPERATOR, "<=")
                || !isBound(l.get(ln - 1)) || !isBound(h.get(hn - 1)) || !Precedence.isOperand(l.subList(0, ln - 2))) {
            return items;
        }
        List<Node> out = new ArrayList<>(l.subList(0, ln - 2));
        out.add(new Tok(Kind.KEYWORD, "BETWEEN"));
        out.add(l.get(ln - 1));
        out.add(new Tok(Kind.KEYWORD, "AND"));
        out.add(h.get(hn - 1));
        return out;
    }

    private static boolean isBound(Node node) {
        return node instanceof Tok t && (t.kind() == Kind.NUMBER || t.kind() == Kind.STRING || t.kind() == Kind.NAME);
    }

    /** Two operands side by side mean syntax this class does not know (a typed literal, a special form). */
    private static void checkOperandsSeparated(List<Node> items) throws Unsupported {
        for (int i = 1; i < items.size(); i++) {
            if (isOperandToken(items.get(i - 1)) && isOperandToken(items.get(i))) {
                throw new Unsupported("adjacent operands");
            }
        }
    }

    private static boolean isOperandToken(Node node) {
        return node instanceof Tok t && (t.kind() == Kind.NAME || t.kind() == Kind.NUMBER || t.kind() == Kind.STRING);
    }
}
