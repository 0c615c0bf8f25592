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
}
