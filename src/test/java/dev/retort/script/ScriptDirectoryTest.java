package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {
    @TempDir
    Path dir;

    static String migration(String className, String id, String revises, String body) {
        return "import static dev.retort.migration.Schema.*;\n"
                + "import dev.retort.migration.*;\n"
                + "@Revision(id = \"" + id + "\", revises = {" + (revises.isEmpty() ? "" : "\"" + revises + "\"")
                + "}, created = \"2026-01-01 00:00:00\", message = \"" + className + "\")\n"
                + "public final class " + className + " implements Migration {\n"
                + "    public void upgrade(Operations op) {\n" + body + "\n    }\n"
                + "    public void downgrade(Operations op) {\n    }\n"
                + "}\n";
    }

    @Test
    void loadsTheGraphAndCachesCompiledClassesBySourceHash() throws Exception {
        Files.writeString(dir.resolve("M1.java"), migration("M1", "aaaaaaaaaaa1", "", "op.createTable(\"t\", column(\"id\", bigint()));"));
        Files.writeString(dir.resolve("M2.java"), migration("M2", "aaaaaaaaaaa2", "aaaaaaaaaaa1", ""));
        MigrationCompiler compiler = new MigrationCompiler();
        List<MigrationCompiler.Compiled> first = compiler.compile(dir, List.of(dir.resolve("M1.java"), dir.resolve("M2.java")));
        assertThat(first).extracting(MigrationCompiler.Compiled::fromCache).containsExactly(false, false);

        ScriptDirectory scripts = ScriptDirectory.load(dir, compiler);
        assertThat(scripts.graph().heads()).containsExactly("aaaaaaaaaaa2");
        assertThat(scripts.require("aaaaaaaaaaa1").message()).isEqualTo("M1");

        List<MigrationCompiler.Compiled> second = compiler.compile(dir, List.of(dir.resolve("M1.java"), dir.resolve("M2.java")));
        assertThat(second).extracting(MigrationCompiler.Compiled::fromCache).containsExactly(true, true);

        Files.writeString(dir.resolve("M2.java"), migration("M2", "aaaaaaaaaaa2", "aaaaaaaaaaa1", "op.execute(\"SELECT 1\");"));
        List<MigrationCompiler.Compiled> third = compiler.compile(dir, List.of(dir.resolve("M1.java"), dir.resolve("M2.java")));
        assertThat(third).extracting(MigrationCompiler.Compiled::fromCache).containsExactly(true, false);
    }

    @Test
    void aSourceThatDoesNotCompileNamesFileLineAndMessage() throws Exception {
        Files.writeString(dir.resolve("Broken.java"), migration("Broken", "bbbbbbbbbbb1", "", "op.addColum(\"t\");"));
        assertThatThrownBy(() -> ScriptDirectory.load(dir, new MigrationCompiler()))
                .isInstanceOf(RetortException.class)
                .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.COMPILE))
                .hasMessageContaining("Broken.java:6:")
                .hasMessageContaining("addColum");
    }

    @Test
    void duplicateIdsAndMissingParentsAreRejected() throws Exception {
        Files.writeString(dir.resolve("A.java"), migration("A", "ccccccccccc1", "", ""));
        Files.writeString(dir.resolve("B.java"), migration("B", "ccccccccccc1", "", ""));
        assertThatThrownBy(() -> ScriptDirectory.load(dir, new MigrationCompiler()))
                .hasMessageContaining("ccccccccccc1 is used by both A.java and B.java");
        Files.writeString(dir.resolve("B.java"), migration("B", "ccccccccccc2", "ddddddddddd9", ""));
        assertThatThrownBy(() -> ScriptDirectory.load(dir, new MigrationCompiler()))
                .hasMessageContaining("revises ddddddddddd9");
    }

    @Test
    void aMissingDirectoryPointsAtInit() {
        assertThatThrownBy(() -> ScriptDirectory.load(dir.resolve("nope"), new MigrationCompiler()))
                .hasMessageContaining("retort init");
    }
}
