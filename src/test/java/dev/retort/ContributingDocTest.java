package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/contributing.md names the files, classes and members a change touches; each must exist, so the recipes
 * cannot point at something that moved or was renamed.
 */
class ContributingDocTest {
    private static final Path DOC = Path.of("docs/contributing.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern PATH = Pattern.compile("(src|docs|\\.ci)/[\\w./-]*");
    private static final Pattern CLASS = Pattern.compile("([A-Z][a-z]\\w*)(?:\\.(\\w+))?");

    @Test
    void everyFileClassAndMemberItNamesExists() throws IOException {
        Map<String, Path> sources;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString().replace(".java", ""), Function.identity(),
                            (a, b) -> a));
        }
        List<String> named = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>();
        // inline code only: fenced blocks hold commands
        Matcher code = CODE.matcher(Files.readString(DOC).replaceAll("(?s)```.*?```", ""));
        while (code.find()) {
            String text = code.group(1);
            Matcher path = PATH.matcher(text);
            if (path.matches()) {
                named.add(text);
                if (!Files.exists(Path.of(text))) {
                    missing.add(text + " (no such file)");
                }
                continue;
            }
            // one or more class names, e.g. `OpCallRenderer`, `SqliteDialect.joins` or `SqliteDialect`, `PostgresDialect`
            for (String part : text.split("[,()\\s]+")) {
                Matcher c = CLASS.matcher(part);
                if (!c.matches() || !part.chars().anyMatch(Character::isLowerCase)) {
                    continue;
                }
                named.add(part);
                Path source = sources.get(c.group(1));
                if (source == null) {
                    missing.add(part + " (no class " + c.group(1) + ")");
                } else if (c.group(2) != null && !read(source).contains(c.group(2))) {
                    missing.add(part + " (" + source + " has no " + c.group(2) + ")");
                }
            }
        }
        assertThat(named).as("the page names files and classes").hasSizeGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
