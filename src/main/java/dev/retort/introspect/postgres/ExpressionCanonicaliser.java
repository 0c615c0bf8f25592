package dev.retort.introspect.postgres;

import dev.retort.model.DefaultExpression;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
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
 *   <li>parentheses that operator precedence makes redundant are removed
 *       (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-PRECEDENCE-TABLE), except around an
 *       AND inside an OR and around anything but a single operand after NOT, which people write for clarity;</li>
 *   <li>keywords are printed in lower case; identifiers and literals exactly as PostgreSQL printed them.</li>
 * </ul>
 * An expression with constructs this class does not model (CASE, sub-queries, COLLATE, special function syntax
 * such as {@code EXTRACT(... FROM ...)}) is only stripped of its outer parentheses, never rewritten.
 */
final class ExpressionCanonicaliser {

    private enum Kind { STRING, NUMBER, NAME, KEYWORD, OPERATOR, COMMA, CAST, TYPE }

    /** A token or a parenthesised/bracketed group of nodes. */
    private sealed interface Node permits Tok, Group {
    }

    private record Tok(Kind kind, String text) implements Node {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }
    }

    private record Group(char open, List<Node> items) implements Node {
        Group {
            items = List.copyOf(items);
        }
    }

    /** Thrown while reading an expression this class does not model; the caller falls back to the input text. */
    private static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

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

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "UNKNOWN",
            "DISTINCT", "FROM", "IN", "BETWEEN", "LIKE", "ILIKE", "ANY", "ALL", "SOME", "ARRAY");
    private static final Set<String> UNSUPPORTED = Set.of("CASE", "WHEN", "THEN", "ELSE", "END", "SELECT", "EXISTS",
            "COLLATE", "AT", "OVERLAPS", "OPERATOR", "ROW", "SIMILAR", "ESCAPE", "SYMMETRIC", "FOR", "BOTH", "LEADING",
            "TRAILING", "PLACING", "VARIADIC", "FILTER", "OVER", "WITHIN", "ORDER", "USING");
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
    private static final Set<String> COMPARISON_KEYWORDS = Set.of("IS", "IN", "BETWEEN", "LIKE", "ILIKE", "ANY", "ALL",
            "SOME", "DISTINCT");
    /** Keywords after which a parenthesis opens a list or argument, not a grouping. */
    private static final Set<String> LIST_OPENERS = Set.of("IN", "ANY", "ALL", "SOME", "ARRAY");
    /** Words that continue a multi-word type name after {@code ::}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "without", "with", "time", "zone");
    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

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
            List<Node> nodes = canonical(parse(expression), varcharColumns);
            return print(nodes);
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
            List<Node> nodes = parse(DefaultExpression.stripOuterParentheses(expression));
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

    // ---- reading -------------------------------------------------------------------------------------------

    private static List<Node> parse(String sql) throws Unsupported {
        Deque<List<Node>> open = new ArrayDeque<>();
        Deque<Character> brackets = new ArrayDeque<>();
        List<Node> current = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'')) {
                int end = stringEnd(sql, c == '\'' ? i : i + 1, c != '\'');
                current.add(new Tok(Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (c == '"' || Character.isLetter(c) || c == '_') {
                int end = nameEnd(sql, i);
                while (end + 1 < n && sql.charAt(end) == '.' && isNameStart(sql.charAt(end + 1))) {
                    end = nameEnd(sql, end + 1);
                }
                String word = sql.substring(i, end);
                String upper = word.toUpperCase(Locale.ROOT);
                if (UNSUPPORTED.contains(upper)) {
                    throw new Unsupported(word);
                }
                if (upper.equals("FROM") && !(last(current) instanceof Tok t && t.is(Kind.KEYWORD, "DISTINCT"))) {
                    throw new Unsupported(word);
                }
                current.add(KEYWORDS.contains(upper) ? new Tok(Kind.KEYWORD, upper) : new Tok(Kind.NAME, word));
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))
                    || (c == '-' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)) && expectsOperand(current))) {
                int end = numberEnd(sql, c == '-' ? i + 1 : i);
                current.add(new Tok(Kind.NUMBER, sql.substring(i, end)));
                i = end;
            } else if (c == '(' || c == '[') {
                open.push(current);
                brackets.push(c);
                current = new ArrayList<>();
                i++;
            } else if (c == ')' || c == ']') {
                if (brackets.isEmpty() || brackets.peek() != (c == ')' ? '(' : '[')) {
                    throw new Unsupported("unbalanced " + c);
                }
                Group g = new Group(brackets.pop(), current);
                current = open.pop();
                current.add(g);
                i++;
            } else if (c == ',') {
                current.add(new Tok(Kind.COMMA, ","));
                i++;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                current.add(new Tok(Kind.CAST, "::"));
                i += 2;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                int end = i;
                while (end < n && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0) {
                    end++;
                }
                String op = sql.substring(i, end);
                if (op.contains("--") || op.contains("/*")) {
                    throw new Unsupported("comment");
                }
                current.add(new Tok(Kind.OPERATOR, op));
                i = end;
            } else {
                throw new Unsupported("character " + c);
            }
        }
        if (!brackets.isEmpty()) {
            throw new Unsupported("unbalanced (");
        }
        return current;
    }

    private static Node last(List<Node> nodes) {
        return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
    }

    /** Whether a {@code -} here is a sign rather than a subtraction. */
    private static boolean expectsOperand(List<Node> current) {
        Node prev = last(current);
        return prev == null || (prev instanceof Tok t && (t.kind() == Kind.OPERATOR || t.kind() == Kind.KEYWORD
                || t.kind() == Kind.COMMA));
    }

    private static boolean isNameStart(char c) {
        return c == '"' || Character.isLetter(c) || c == '_';
    }

    private static int stringEnd(String sql, int quote, boolean backslashEscapes) throws Unsupported {
        int i = quote + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw new Unsupported("unterminated string");
    }

    private static int nameEnd(String sql, int start) throws Unsupported {
        if (sql.charAt(start) == '"') {
            int i = start + 1;
            while (i < sql.length()) {
                if (sql.charAt(i) == '"') {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            throw new Unsupported("unterminated identifier");
        }
        int i = start;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                || sql.charAt(i) == '$')) {
            i++;
        }
        return i;
    }

    private static int numberEnd(String sql, int start) {
        int i = start;
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < sql.length() && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                j++;
            }
            if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
                i = j;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    // ---- rewriting -----------------------------------------------------------------------------------------

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
        return dropParentheses(items);
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
                b.append(print(List.of(node)));
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
                || !isBound(l.get(ln - 1)) || !isBound(h.get(hn - 1)) || classOf(l.subList(0, ln - 2)) != OPERAND) {
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

    /** Removes parentheses that change nothing, each list element of a comma-separated level on its own. */
    private static List<Node> dropParentheses(List<Node> items) {
        if (items.stream().anyMatch(n -> n instanceof Tok t && t.kind() == Kind.COMMA)) {
            List<Node> out = new ArrayList<>();
            List<Node> element = new ArrayList<>();
            for (Node node : items) {
                if (node instanceof Tok t && t.kind() == Kind.COMMA) {
                    out.addAll(dropParentheses(element));
                    out.add(node);
                    element = new ArrayList<>();
                } else {
                    element.add(node);
                }
            }
            out.addAll(dropParentheses(element));
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

    // ---- printing ------------------------------------------------------------------------------------------

    private static String print(List<Node> nodes) {
        StringBuilder b = new StringBuilder();
        Node prev = null;
        for (Node node : nodes) {
            if (prev != null && spaceBetween(prev, node)) {
                b.append(' ');
            }
            if (node instanceof Tok t) {
                b.append(t.kind() == Kind.KEYWORD ? t.text().toLowerCase(Locale.ROOT) : t.text());
            } else if (node instanceof Group g) {
                b.append(g.open()).append(print(g.items())).append(g.open() == '(' ? ')' : ']');
            }
            prev = node;
        }
        return b.toString();
    }

    private static boolean spaceBetween(Node prev, Node node) {
        if (node instanceof Tok t && (t.kind() == Kind.COMMA || t.kind() == Kind.CAST)) {
            return false;
        }
        if (prev instanceof Tok p && p.kind() == Kind.CAST) {
            return false;
        }
        if (node instanceof Group g) {
            if (g.open() == '[') {
                return false;
            }
            return !(prev instanceof Tok p && p.kind() == Kind.NAME);
        }
        return true;
    }
}
