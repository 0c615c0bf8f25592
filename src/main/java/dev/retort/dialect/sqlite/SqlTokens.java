package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite SQL text into tokens, enough to find clauses in a stored {@code CREATE TABLE}: words, quoted
 * identifiers ({@code "x"}, {@code `x`}, {@code [x]}), string literals and single punctuation characters.
 * Whitespace and comments are dropped. Each token keeps its offsets so callers can cut the original text. Used to
 * split raw SQL into statements ({@link SqliteScript}) and, by the catalog reader, to read stored DDL.
 */
public final class SqlTokens {

    public enum Kind { WORD, QUOTED, STRING, PUNCT }

    /**
     * @param kind what the token is
     * @param text the token as written, quotes included
     * @param start offset of its first character
     * @param end offset just past its last character
     */
    public record Token(Kind kind, String text, int start, int end) {

        public boolean isWord(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        public boolean isPunct(char c) {
            return kind == Kind.PUNCT && text.charAt(0) == c;
        }

        /** The identifier a word, quoted name or string literal stands for. */
        public String identifier() {
            return switch (kind) {
                case WORD, PUNCT -> text;
                case STRING -> unquote('\'');
                case QUOTED -> text.charAt(0) == '[' ? text.substring(1, text.length() - 1) : unquote(text.charAt(0));
            };
        }

        private String unquote(char quote) {
            String q = String.valueOf(quote);
            return text.substring(1, text.length() - 1).replace(q + q, q);
        }
    }

    private SqlTokens() {
    }

    public static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(sql, i, c);
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i + 1);
                int end = close < 0 ? n : close + 1;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < n && isWordChar(sql.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** Offset just past the quote that closes the one at {@code open}; a doubled quote is an escaped one. */
    private static int closingQuote(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    /** Index of the ')' matching the '(' at {@code open}, or -1 when the text ends first. */
    public static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                depth++;
            } else if (tokens.get(i).isPunct(')') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
