package dev.retort.text;

/** Text on one line: what every message, comment and preview that quotes SQL or a user's text goes through. */
public final class Text {
    private Text() {
    }

    /**
     * {@code s} with every run of white space and control characters (line breaks of every kind included) as one
     * space, stripped: safe in a one-line message, a {@code --} comment or a Java line comment, which a line break
     * would end.
     */
    public static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@link #oneLine} cut to at most {@code max} characters, ending in "..." when cut. */
    public static String abbreviate(String s, int max) {
        String line = oneLine(s);
        return line.length() <= max ? line : line.substring(0, max - 3) + "...";
    }

    /**
     * SQL text in lower case, except the text of its {@code '...'} literals ({@code ''} inside one included), which
     * are data: the labels of MariaDB's {@code enum('HIGH','LOW')}. Text with an unclosed quote is lower-cased whole.
     */
    public static String lowerOutsideLiterals(String sql) {
        StringBuilder b = new StringBuilder(sql.length());
        boolean inLiteral = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            b.append(inLiteral || c == '\'' ? c : Character.toLowerCase(c));
        }
        return inLiteral ? sql.toLowerCase(java.util.Locale.ROOT) : b.toString();
    }
}
