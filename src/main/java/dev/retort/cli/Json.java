package dev.retort.cli;

import java.util.List;
import java.util.stream.Collectors;

/** Just enough JSON writing for machine-readable output (RFC 8259 string escaping), without a library. */
final class Json {
    private Json() {
    }

    /** A JSON string literal: quotes, backslashes and every control character escaped. */
    static String string(String s) {
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
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A JSON array of strings on one line. */
    static String strings(List<String> values) {
        return values.stream().map(Json::string).collect(Collectors.joining(", ", "[", "]"));
    }
}
