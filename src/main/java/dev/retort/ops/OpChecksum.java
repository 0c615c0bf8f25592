package dev.retort.ops;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checksum of what a migration does: the ops its upgrade records, written in a normal form and hashed with
 * SHA-256. Recorded when a migration is applied, it tells later whether the migration was edited since.
 *
 * <p>Only what the migration does counts, never how its source is written. The Java source's layout and comments
 * never reach the ops at all. In the normal form:
 * <ul>
 *   <li>in raw SQL ({@code execute}), check expressions and partial-index conditions, every run of whitespace and
 *       every comment outside quotes is one space, and trailing semicolons are dropped, so re-indenting a text
 *       block or changing its line endings is no edit;</li>
 *   <li>a row of {@code bulkInsert} lists its columns sorted, so their order in the source does not count;</li>
 *   <li>an attribute at its default (absent, empty, {@code false}, zero, the empty string) is left out, so a Retort release that adds
 *       an attribute to an op leaves the checksums of migrations that do not use it as they were.</li>
 * </ul>
 *
 * <p>The form is versioned ({@link #NORMALIZATION}) and each recorded checksum keeps its version: a checksum is
 * compared under the version it was recorded with ({@link #of(int, List)}), or not at all when this release does
 * not know that version. Changing the form means a new version number, never a false alarm.
 */
public final class OpChecksum {
    /** The version of the normal form this release records. */
    public static final int NORMALIZATION = 1;

    /** Each record type's components, looked up once (the checksum of a big migration meets each type many times). */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static final Set<String> SQL_TEXT = Set.of("ExecuteSql.sql", "CheckConstraint.expression", "Index.where");

    /** Components that follow from the others, left out so that deriving them differently is no edit. */
    private static final Set<String> DERIVED = Set.of("AlterColumn.changes");

    private OpChecksum() {
    }

    /** The checksum of {@code ops} under the current normal form: 64 lower-case hex digits. */
    public static String of(List<MigrationOp> ops) {
        return sha256(normalForm(ops));
    }

    /** The checksum of {@code ops} under normal form {@code normalization}; empty when this release does not know it. */
    public static Optional<String> of(int normalization, List<MigrationOp> ops) {
        return normalization == 1 ? Optional.of(of(ops)) : Optional.empty();
    }

    /** The normal form of {@code ops}, one line per op, as it is hashed. */
    public static String normalForm(List<MigrationOp> ops) {
        StringBuilder b = new StringBuilder();
        for (MigrationOp op : ops) {
            value(b, op, "");
            b.append('\n');
        }
        return b.toString();
    }

    private static void value(StringBuilder b, Object v, String field) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Optional<?> o) {
            value(b, o.orElse(null), field);
        } else if (v instanceof String s) {
            string(b, SQL_TEXT.contains(field) ? normalSql(s) : s);
        } else if (v instanceof Record r) {
            record(b, r);
        } else if (v instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            for (Object item : c) {
                StringBuilder one = new StringBuilder();
                value(one, item, field);
                items.add(one.toString());
            }
            if (v instanceof Set<?>) {
                items.sort(null);
            }
            b.append('[').append(String.join(",", items)).append(']');
        } else if (v instanceof Map<?, ?> m) {
            TreeMap<String, String> entries = new TreeMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                StringBuilder k = new StringBuilder();
                value(k, e.getKey(), "");
                StringBuilder one = new StringBuilder();
                value(one, e.getValue(), "");
                entries.put(k.toString(), one.toString());
            }
            List<String> items = new ArrayList<>();
            entries.forEach((k, one) -> items.add(k + ":" + one));
            b.append('{').append(String.join(",", items)).append('}');
        } else if (v instanceof Enum<?> e) {
            b.append(e.name());
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte || v instanceof java.math.BigInteger) {
            b.append(v);
        } else if (v instanceof BigDecimal d) {
            b.append(d.toPlainString());
        } else if (v instanceof byte[] bytes) {
            b.append("0x").append(HexFormat.of().formatHex(bytes));
        } else {
            b.append(v.getClass().getSimpleName()).append(':');
            string(b, v.toString());
        }
    }

    private static void record(StringBuilder b, Record r) {
        String type = r.getClass().getSimpleName();
        b.append(type).append('(');
        boolean first = true;
        for (RecordComponent c : COMPONENTS.get(r.getClass())) {
            if (DERIVED.contains(type + "." + c.getName())) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type + "." + c.getName(), e);
            }
            if (isDefault(v)) {
                continue;
            }
            b.append(first ? "" : ",").append(c.getName()).append('=');
            value(b, v, type + "." + c.getName());
            first = false;
        }
        b.append(')');
    }

    private static boolean isDefault(Object v) {
        return v == null || "".equals(v) || v instanceof Optional<?> o && o.isEmpty() || v instanceof Collection<?> c && c.isEmpty()
                || v instanceof Map<?, ?> m && m.isEmpty() || Boolean.FALSE.equals(v)
                || v instanceof Integer i && i == 0 || v instanceof Long l && l == 0L;
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }

    /**
     * SQL with every run of whitespace and every comment outside quotes as one space, trimmed, trailing semicolons
     * dropped. Quoted text ({@code '…'}, {@code E'…'}, {@code "…"}, {@code `…`}, PostgreSQL's {@code $tag$…$tag$})
     * is kept byte for byte, because there whitespace is data.
     */
    static String normalSql(String sql) {
        StringBuilder out = new StringBuilder();
        int n = sql.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
                space = true;
                continue;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i);
                space = true;
                continue;
            } else if (c == '\'') {
                boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i == 1 || !Character.isLetterOrDigit(sql.charAt(i - 2)) && sql.charAt(i - 2) != '_');
                end = quoteEnd(sql, i, '\'', escapes);
            } else if (c == '"' || c == '`') {
                end = quoteEnd(sql, i, c, false);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                end = close < 0 ? n : close + tag.length();
            } else {
                end = i + 1;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(sql, i, end);
            i = end;
        }
        String s = out.toString();
        while (s.endsWith(";") || s.endsWith(" ")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int blockCommentEnd(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    private static int quoteEnd(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, not a positional parameter ({@code $1}) or part of a word. */
    private static String dollarTag(String sql, int i) {
        if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) {
            return null;
        }
        int j = i + 1;
        while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_'
                || j > i + 1 && Character.isDigit(sql.charAt(j)))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
