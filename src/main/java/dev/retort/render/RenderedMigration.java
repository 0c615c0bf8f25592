package dev.retort.render;

import java.util.Objects;

/**
 * A rendered migration, ready to be written to {@code fileName} in the migrations directory.
 *
 * @param className the simple class name, e.g. {@code M20261122_101500_add_user_email}
 * @param fileName {@code className + ".java"}
 * @param source the complete Java source: LF line endings, ending with a newline
 */
public record RenderedMigration(String className, String fileName, String source) {

    public RenderedMigration {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
        if (!fileName.equals(className + ".java")) {
            throw new IllegalArgumentException("file name " + fileName + " does not match class " + className);
        }
    }
}
