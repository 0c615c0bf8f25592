package dev.retort.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes hand-written bodies into a migration that {@code revision} generated empty, and reads generated ones. */
public final class MigrationBodies {
    private MigrationBodies() {
    }

    /**
     * Replaces the "nothing to do" comments of an empty migration with {@code upgrade} and {@code downgrade} (Java
     * statements, taken literally; {@code null} leaves a body as it is).
     */
    public static void fill(Path file, String upgrade, String downgrade) throws IOException {
        String source = Files.readString(file);
        if (upgrade != null) {
            source = source.replaceFirst("(public void upgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                    "$1        " + Matcher.quoteReplacement(upgrade));
        }
        if (downgrade != null) {
            source = source.replaceFirst("(public void downgrade\\(Operations op\\) \\{\\n)\\s*// nothing to do",
                    "$1        " + Matcher.quoteReplacement(downgrade));
        }
        Files.writeString(file, source);
    }

    /** The {@code op.xxx("table"} call heads inside one method body ({@code upgrade} or {@code downgrade}), in order. */
    public static List<String> callsIn(String source, String method) {
        int start = source.indexOf("public void " + method + "(");
        int end = source.indexOf("\n    }", start);
        List<String> calls = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s+op\\.\\w+\\(\"[^\"]+\"").matcher(source.substring(start, end));
        while (m.find()) {
            calls.add(m.group().strip());
        }
        return calls;
    }
}
