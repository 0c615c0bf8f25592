package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.DatabaseUrls;
import dev.retort.error.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random input to every parser a user's text reaches (database URLs, revision targets and ranges, the
 * configuration file): each either parses or fails with Retort's own error, never with an exception that would
 * reach the user as "a bug in Retort" (exit 70). Seeded, so a failure reproduces.
 */
class ParserFuzzTest {
    private static final int ROUNDS = 3000;
    /** What breaks parsers: separators, quotes, escapes, digits, signs, non-ASCII. */
    private static final String ALPHABET = "abcdef0123456789+-@:/\\?=&;%.' \"uxHEADBASEhead base heads 99999999999999"
            + "jdbc:postgresql://sqlite:///é中\0\n\t";

    @TempDir
    Path dir;

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Runs {@code parse}; Retort's errors are the expected outcome, any other exception fails with the input. */
    private static void onlyRetortErrors(String input, Consumer<String> parse) {
        try {
            parse.accept(input);
        } catch (RetortException expected) {
            assertThat(expected.getMessage()).as("message for %s", input).isNotBlank();
        } catch (RuntimeException e) {
            throw new AssertionError("input " + escape(input) + " escaped as " + e, e);
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.append('"').toString();
    }

    @Test
    void databaseUrls() {
        Random r = new Random(1);
        for (int i = 0; i < ROUNDS; i++) {
            onlyRetortErrors(random(r, 40), url -> DatabaseUrls.parse(url, dir));
        }
    }

    @Test
    void revisionTargetsAndRanges() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                new RevisionNode("aaaaaaaaaaaa", List.of(), List.of("main")),
                new RevisionNode("bbbbbbbbbbbb", List.of("aaaaaaaaaaaa"), List.of()),
                new RevisionNode("cccccccccccc", List.of("bbbbbbbbbbbb"), List.of())));
        Random r = new Random(2);
        List<String> fixed = List.of("+99999999999999999999", "-99999999999999999999", "+0", "-0", "head+0",
                "aaaa+2147483648", "main@head-00000000001", "main@+1", "@", "+", "-", "", ":", "head:base");
        List<String> inputs = new ArrayList<>(fixed);
        for (int i = 0; i < ROUNDS; i++) {
            inputs.add(random(r, 16));
        }
        for (String target : inputs) {
            onlyRetortErrors(target, t -> graph.resolveUpgradeTarget(t, List.of("aaaaaaaaaaaa")));
            onlyRetortErrors(target, t -> graph.resolveDowngradeTarget(t, List.of("cccccccccccc")));
            onlyRetortErrors(target, graph::resolve);
            onlyRetortErrors(target, t -> graph.history(t, List.of("bbbbbbbbbbbb")));
        }
    }

    @Test
    void configurationFiles() throws Exception {
        Random r = new Random(3);
        Path file = dir.resolve("retort.properties");
        for (int i = 0; i < ROUNDS / 10; i++) {
            String content = random(r, 20) + "=" + random(r, 30) + "\n" + "url=" + random(r, 30) + "\n";
            Files.writeString(file, content, StandardCharsets.UTF_8);
            onlyRetortErrors(content, c -> ConfigLoader.load(new ConfigOverrides(Optional.empty(),
                    Optional.of(file), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()), Map.of(), dir));
        }
        Files.writeString(file, "classpath=C:\\u12data\n");
        onlyRetortErrors("\\u12", c -> ConfigLoader.load(new ConfigOverrides(Optional.empty(), Optional.of(file),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), Map.of(), dir));
    }
}
