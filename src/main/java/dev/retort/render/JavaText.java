package dev.retort.render;

import dev.retort.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Escaping for the three places user text lands in generated source: string literals, line comments and
 * Javadoc. Output is pure ASCII, so the file compiles whatever encoding javac assumes.
 *
 * <p>javac translates Unicode escapes before it tokenises, even inside comments (JLS 3.3). So a line
 * terminator is never written as such an escape, a backslash in a comment is doubled or written as an
 * entity (else a following {@code u} would start an escape), and quotes and backslashes in literals use
 * the ordinary two-character escapes.
 */
final class JavaText {
    private JavaText() {
    }

    /** A Java string literal for {@code s}, quotes included, on one line. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> appendOther(b, c);
            }
        }
        return b.append('"').toString();
    }

    private static void appendOther(StringBuilder b, char c) {
        if (c < 0x20) {
            // Octal escapes are read by the tokeniser, after Unicode translation; three digits so a
            // following digit is not absorbed.
            b.append(String.format(Locale.ROOT, "\\%03o", (int) c));
        } else if (c < 0x7f) {
            b.append(c);
        } else {
            b.append(unicodeEscape(c));
        }
    }

    /**
     * Literals for {@code s} split after each line break, to be joined with {@code +}: multi-line SQL then
     * reads line by line. A string without inner line breaks gives one literal.
     */
    static List<String> literalLines(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' && i + 1 < s.length()) {
                parts.add(literal(s.substring(start, i + 1)));
                start = i + 1;
            }
        }
        parts.add(literal(s.substring(start)));
        return parts;
    }

    /** Text safe inside a {@code //} comment: one line, backslashes doubled, non-ASCII escaped. */
    static String lineComment(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String line = Text.oneLine(s);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (c < 0x7f) {
                b.append(c);
            } else {
                b.append(unicodeEscape(c));
            }
        }
        return b.toString();
    }

    /**
     * Text safe inside a Javadoc comment and read as HTML: {@code & < >} and {@code @} as entities, the
     * comment terminator broken up, backslashes as entities, non-ASCII escaped. Line breaks are kept.
     */
    static String javadoc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '@' -> b.append("&#64;");
                case '\\' -> b.append("&#92;");
                case '/' -> b.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\n' -> b.append('\n');
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(' ');
                    } else if (c < 0x7f) {
                        b.append(c);
                    } else {
                        b.append(unicodeEscape(c));
                    }
                }
            }
        }
        return b.toString();
    }

    /** Word-wraps {@code text} (one paragraph) into lines of at most {@code width} where words allow. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : Text.oneLine(text).split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String unicodeEscape(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
}
