package dev.retort.scan;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.List;

/**
 * Finds migration classes compiled into an application: classes in a package (and its subpackages) that
 * implement {@link Migration} and carry {@link Revision}, as the given class loader sees them.
 */
public final class MigrationClassFinder {
    private MigrationClassFinder() {
    }

    public static List<Class<?>> find(String packageName, ClassLoader loader) {
        try (ScanResult scan = new ClassGraph().overrideClassLoaders(loader).enableAnnotationInfo()
                .acceptPackages(packageName).scan()) {
            List<Class<?>> found = scan.getClassesWithAnnotation(Revision.class.getName())
                    .filter(c -> c.implementsInterface(Migration.class.getName()))
                    .loadClasses();
            if (found.isEmpty()) {
                throw new RetortException(ErrorCode.CONFIG, "No migration classes in package " + packageName
                        + " on the application's class path; check the package name, and that the migration"
                        + " sources are compiled with the application (e.g. under src/main/java/"
                        + packageName.replace('.', '/') + ")");
            }
            return found;
        }
    }
}
