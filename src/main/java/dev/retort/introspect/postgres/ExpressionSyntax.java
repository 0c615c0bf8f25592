package dev.retort.introspect.postgres;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the SQL expressions PostgreSQL prints into a tree of tokens and bracketed groups, and prints such a tree
 * back. It knows tokens and brackets only, not operators: {@link Precedence} and {@link ExpressionCanonicaliser}
 * give the tree its meaning. Keywords outside the small set the canonicaliser understands (CASE, sub-queries,
 * COLLATE, special function syntax) make {@link #parse} fail with {@link Unsupported}.
 */
final class ExpressionSyntax {

    enum Kind { STRING, NUMBER, NAME, KEYWORD, OPERATOR, COMMA, CAST, TYPE }

    /** A token or a parenthesised/bracketed group of nodes. */
    sealed interface Node permits Tok, Group {
    }

    record Tok(Kind kind, String text) implements Node {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }
    }

    record Group(char open, List<Node> items) implements Node {
        Group {
            items = List.copyOf(items);
        }
    }

    /** Thrown for syntax that is not modelled; callers fall back to the text they were given. */
    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "UNKNOWN",
            "DISTINCT", "FROM", "IN", "BETWEEN", "LIKE", "ILIKE", "ANY", "ALL", "SOME", "ARRAY");
    private static final Set<String> UNSUPPORTED = Set.of("CASE", "WHEN", "THEN", "ELSE", "END", "SELECT", "EXISTS",
            "COLLATE", "AT", "OVERLAPS", "OPERATOR", "ROW", "SIMILAR", "ESCAPE", "SYMMETRIC", "FOR", "BOTH", "LEADING",
            "TRAILING", "PLACING", "VARIADIC", "FILTER", "OVER", "WITHIN", "ORDER", "USING");
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    private ExpressionSyntax() {
    }

    /** The top level of {@code sql}; keywords upper case, qualified names one token, {@code -1} one number. */
    static List<Node> parse(String sql) throws Unsupported {
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

    /** The nodes as SQL: keywords in lower case, one space between tokens except around {@code ::} and calls. */
    static String print(List<Node> nodes) {
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
