package dev.retort.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the bash/zsh completion script of the {@code retort} command tree to the file named by the only argument;
 * the build runs it for the distribution ({@code completion/retort}, see docs/install.md).
 */
public final class CompletionScript {
    private CompletionScript() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompletionScript OUTPUT_FILE");
        }
        CommandLine commands = new CommandLine(new RetortCli(Map.of(), Path.of("")));
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, AutoComplete.bash("retort", commands), StandardCharsets.UTF_8);
    }
}
