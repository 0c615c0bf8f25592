package dev.retort.app;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code retort init}: writes {@code retort.properties} and an empty migrations directory, never overwriting. */
public final class Scaffold {
    private Scaffold() {
    }

    public static Results.Initialized init(Path dir) {
        Path config = dir.resolve("retort.properties");
        Path migrations = dir.resolve("migrations");
        if (Files.exists(config)) {
            throw new RetortException(ErrorCode.CONFIG, config + " already exists; Retort is already set up here"
                    + " (edit that file, or run init in another directory)");
        }
        List<Path> created = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            try (InputStream template = Scaffold.class.getResourceAsStream("/dev/retort/templates/retort.properties")) {
                if (template == null) {
                    throw new RetortException(ErrorCode.INTERNAL, "The retort.properties template is missing from"
                            + " this build; rebuild Retort with `mvn package`");
                }
                String text = new String(template.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                    // a Maven project: its class path is found (target/classes and the dependencies), so say so
                    text = text.replace("\nclasspath=target/classes\n", "\n# In this Maven project, leave it unset:"
                            + " target/classes and the project's dependencies are used\n# (Maven is asked once).\n"
                            + "#   classpath=target/classes\n");
                }
                Files.writeString(config, text);
                created.add(config);
            }
            if (!Files.isDirectory(migrations)) {
                Files.createDirectories(migrations);
                created.add(migrations);
            }
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot create files in " + dir + ": " + e.getMessage()
                    + "; check the directory's permissions");
        }
        return new Results.Initialized(created);
    }
}
