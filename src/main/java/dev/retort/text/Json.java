package dev.retort.text;

import java.util.List;
import java.util.stream.Collectors;

/** Just enough JSON writing (RFC 8259 string escaping) for machine-readable output and JSON values, without a library. */
public final class Json {
    private Json() {
    }

    /**
     * A JSON string literal: quotes, backslashes and every control character escaped, and U+2028/U+2029 too, so the
     * text is also a valid JavaScript string.
     */
    public static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        string(b, s);
        return b.toString();
    }

    /** {@link #string(String)}, appended to {@code b}. */
    public static void string(StringBuilder b, String s) {
        b.append('"');
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
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** A JSON array of strings on one line. */
    public static String strings(List<String> values) {
        return values.stream().map(Json::string).collect(Collectors.joining(", ", "[", "]"));
    }
}
