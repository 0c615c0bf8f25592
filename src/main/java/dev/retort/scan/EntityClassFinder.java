package dev.retort.scan;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassGraphException;
import io.github.classgraph.PackageInfo;
import io.github.classgraph.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds, by reading class files only (nothing is loaded), the classes Hibernate must see: those annotated
 * {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or {@code @Converter}, plus packages whose
 * {@code package-info} carries JPA or Hibernate annotations (generators, type registrations).
 */
final class EntityClassFinder {

    /** The class-level annotations that make a class part of the persistence unit. */
    static final List<String> MAPPING_ANNOTATIONS = List.of(
            "jakarta.persistence.Entity",
            "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass",
            "jakarta.persistence.Converter");

    private static final String LEGACY_ENTITY = "javax.persistence.Entity";

    /**
     * What the class path holds.
     *
     * @param classNames the mapped classes, sorted by name
     * @param packageNames packages with mapping annotations on their {@code package-info}, sorted
     * @param hasEntities whether at least one class is an {@code @Entity}
     * @param legacyEntities classes annotated with the pre-Jakarta {@code javax.persistence.Entity}, sorted
     */
    record Found(List<String> classNames, List<String> packageNames, boolean hasEntities, List<String> legacyEntities) {
    }

    Found find(List<Path> classpath, List<String> packages) {
        if (classpath.isEmpty()) {
            throw new RetortException(ErrorCode.SCAN, "No entity classpath was given, so there is nothing to scan."
                    + " Compile your entities first (mvn compile) and point --classpath at target/classes (and at the"
                    + " jars the entities need).");
        }
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new RetortException(ErrorCode.SCAN, "The entity classpath entry " + entry.toAbsolutePath()
                        + " does not exist. Compile your entities first (mvn compile) and point --classpath at the"
                        + " directory or jar that holds them, e.g. target/classes.");
            }
        }
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(classpath.stream().map(p -> p.toAbsolutePath().toString()).toList())
                .disableModuleScanning()
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        try (ScanResult result = graph.scan()) {
            TreeSet<String> names = new TreeSet<>();
            for (String annotation : MAPPING_ANNOTATIONS) {
                names.addAll(result.getClassesWithAnnotation(annotation).getNames());
            }
            boolean hasEntities = !result.getClassesWithAnnotation(MAPPING_ANNOTATIONS.get(0)).isEmpty();
            List<String> legacy = result.getClassesWithAnnotation(LEGACY_ENTITY).getNames().stream().sorted().toList();
            List<String> annotatedPackages = result.getPackageInfo().stream()
                    .filter(EntityClassFinder::hasMappingAnnotation)
                    .map(PackageInfo::getName)
                    .sorted()
                    .collect(Collectors.toList());
            return new Found(List.copyOf(names), annotatedPackages, hasEntities, legacy);
        } catch (ClassGraphException e) {
            throw new RetortException(ErrorCode.SCAN, "Reading the class files on " + classpath + " failed: "
                    + e.getMessage() + ". Check that every --classpath entry is a readable directory or jar.", e);
        }
    }

    private static boolean hasMappingAnnotation(PackageInfo info) {
        return info.getAnnotationInfo().stream().anyMatch(a -> a.getName().startsWith("org.hibernate.annotations.")
                || a.getName().startsWith("jakarta.persistence."));
    }
}
