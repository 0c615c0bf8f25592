package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Test methods are named as lowerCamelCase sentences ({@code addsAPrimaryKeyAfterTheColumnItUses}), never snake_case. */
class TestNamingTest {
    private static final Path TESTS = Path.of("src/test/java");

    /** Text blocks, comments, strings and characters: where an annotation or a method name is only text. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|/\\*(?s:.*?)\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'");
    /** A JUnit test annotation, qualified or not, and the name of the void method it is on: the next one. */
    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(?:[\\w.]+\\.)?(?:Test|ParameterizedTest|RepeatedTest)\\b.*?\\bvoid\\s+(\\w+)\\s*\\(", Pattern.DOTALL);

    @Test
    void testMethodNamesHaveNoUnderscore() throws IOException {
        List<String> snakeCase = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                for (String name : testMethods(Files.readString(file))) {
                    if (name.contains("_")) {
                        snakeCase.add(TESTS.relativize(file) + ": " + name);
                    }
                }
            }
        }
        assertThat(snakeCase).as("test methods named with '_'; name them in lowerCamelCase").isEmpty();
    }

    @Test
    void qualifiedAnnotationsArgumentsCommentsAndStringsAreSeenThrough() {
        String source = """
                class T {
                    @Test
                    void plainTest() { String s = "@Test void not_a_test("; }

                    // @Test void commented_out() {}
                    @org.junit.jupiter.params.ParameterizedTest(name = "x_y = {0}")
                    @ValueSource(strings = {"a_b", "void c_d("})
                    void qualified_and_with_arguments(String s) { }

                    @RepeatedTest(2)
                    void repeated_test() { }

                    void helper_method() { }
                }
                """;
        assertThat(testMethods(source)).containsExactly("plainTest", "qualified_and_with_arguments", "repeated_test");
    }

    /** The names of the methods annotated {@code @Test}, {@code @ParameterizedTest} or {@code @RepeatedTest}. */
    static List<String> testMethods(String source) {
        String code = NOT_CODE.matcher(source).replaceAll(match -> match.group().startsWith("/") ? " " : "\"\"");
        List<String> names = new ArrayList<>();
        Matcher m = TEST_METHOD.matcher(code);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
