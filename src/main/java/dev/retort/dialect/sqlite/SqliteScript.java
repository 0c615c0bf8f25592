package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits raw SQL into the statements SQLite would run one by one. SQLite's JDBC driver runs only the first
 * statement of a string and ignores the rest without a word, so {@code op.execute("A; B; C")} would apply A, skip B
 * and C, and record the migration as done.
 *
 * <p>A semicolon ends a statement unless it is inside a string ({@code '…'}), a quoted identifier ({@code "…"},
 * {@code `…`}, {@code […]}) or a comment ({@code -- …}, {@code /* … *\/}); inside {@code CREATE TRIGGER}, only a
 * semicolon that follows the trigger's closing {@code END} ends it, the rule of SQLite's own
 * {@code sqlite3_complete}. Pieces that hold nothing but white space and comments are dropped.
 */
final class SqliteScript {
    private SqliteScript() {
    }

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = sql.length();
        boolean content = false;
        List<String> leadingWords = new ArrayList<>(3);
        // inside a trigger body: the tokens since the last semicolon are exactly END
        boolean onlyEnd = false;
        int tokens = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = closing(sql, i, c);
                content = true;
                onlyEnd = false;
                tokens++;
            } else if (c == '[') {
                int end = sql.indexOf(']', i + 1);
                i = end < 0 ? n : end + 1;
                content = true;
                onlyEnd = false;
                tokens++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end).toUpperCase(Locale.ROOT);
                if (leadingWords.size() < 3) {
                    leadingWords.add(word);
                }
                onlyEnd = tokens == 0 && word.equals("END");
                tokens++;
                content = true;
                i = end;
            } else if (c == ';') {
                if (!isTrigger(leadingWords) || onlyEnd) {
                    if (content) {
                        statements.add(sql.substring(start, i).strip());
                    }
                    start = i + 1;
                    content = false;
                    leadingWords.clear();
                }
                onlyEnd = false;
                tokens = 0;
                i++;
            } else {
                if (!Character.isWhitespace(c)) {
                    content = true;
                    onlyEnd = false;
                    tokens++;
                }
                i++;
            }
        }
        if (content) {
            statements.add(sql.substring(start).strip());
        }
        return statements;
    }

    /** The index after the quote that closes the one at {@code open} (a doubled quote is part of the text). */
    private static int closing(String sql, int open, char quote) {
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

    private static boolean isTrigger(List<String> words) {
        return words.size() >= 2 && words.get(0).equals("CREATE") && (words.get(1).equals("TRIGGER")
                || words.size() >= 3 && (words.get(1).equals("TEMP") || words.get(1).equals("TEMPORARY"))
                && words.get(2).equals("TRIGGER"));
    }
}
