package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InMemoryJavaCompilerTest {

    @Test
    @SuppressWarnings("unchecked")
    void compilesAndLoadsAPackagedClassThatUsesTheTestClasspath() throws Exception {
        String source = "package a.b;\n"
                + "public class Hello implements java.util.function.Supplier<String> {\n"
                + "    public String get() { return dev.retort.migration.Schema.varchar(3).toString(); }\n"
                + "}\n";
        InMemoryJavaCompiler.Result result = InMemoryJavaCompiler.compile("a.b.Hello", source);

        Supplier<String> hello = (Supplier<String>) result.load("a.b.Hello").getDeclaredConstructor().newInstance();
        assertThat(hello.get()).isEqualTo("varchar(3)");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void reportsWarnings() {
        String source = "public class Raw { java.util.List list = new java.util.ArrayList(); }\n";
        assertThat(InMemoryJavaCompiler.compile("Raw", source).warnings()).isNotEmpty();
    }

    @Test
    void failureNamesTheLineAndShowsTheNumberedSource() {
        assertThatThrownBy(() -> InMemoryJavaCompiler.compile("Broken", "public class Broken {\n    int x = ;\n}\n"))
                .isInstanceOf(InMemoryJavaCompiler.CompilationFailed.class)
                .hasMessageContaining("ERROR line 2:")
                .hasMessageContaining("   2      int x = ;");
    }
}
