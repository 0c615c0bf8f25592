package dev.retort.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

/** Writes hand-written bodies into a migration that {@code revision} generated empty. */
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
}
