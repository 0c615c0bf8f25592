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
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(sql);
        int start = 0;
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isPunct(';')) {
                continue;
            }
            // inside a trigger body only the semicolon after a lone END (the body's close) ends the statement
            boolean ends = !isTrigger(tokens, first) || i > 0 && tokens.get(i - 1).isWord("END")
                    && (i - 1 == first || tokens.get(i - 2).isPunct(';'));
            if (ends) {
                if (i > first) {
                    statements.add(sql.substring(start, tokens.get(i).start()).strip());
                }
                start = tokens.get(i).end();
                first = i + 1;
            }
        }
        if (first < tokens.size()) {
            statements.add(sql.substring(start).strip());
        }
        return statements;
    }

    /** Whether the statement whose first token is at {@code first} is {@code CREATE [TEMP] TRIGGER}. */
    private static boolean isTrigger(List<SqlTokens.Token> tokens, int first) {
        List<String> words = new ArrayList<>(3);
        for (int i = first; i < tokens.size() && words.size() < 3; i++) {
            words.add(tokens.get(i).kind() == SqlTokens.Kind.WORD ? tokens.get(i).text().toUpperCase(Locale.ROOT) : "");
        }
        return isTrigger(words);
    }

    private static boolean isTrigger(List<String> words) {
        return words.size() >= 2 && words.get(0).equals("CREATE") && (words.get(1).equals("TRIGGER")
                || words.size() >= 3 && (words.get(1).equals("TEMP") || words.get(1).equals("TEMPORARY"))
                && words.get(2).equals("TRIGGER"));
    }
}
