package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {
    /** Which packages may use a third-party library. */
    private static final Map<String, String> SOLE_USERS = Map.of(
            "org.hibernate.", "dev.retort.scan.hibernate",
            "io.github.classgraph.", "dev.retort.scan",
            "com.palantir.javapoet.", "dev.retort.render",
            "picocli.", "dev.retort.cli",
            "org.yaml.snakeyaml.", "dev.retort.config");

    /** Which Retort packages a package may depend on (besides itself and dev.retort.error). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("dev.retort.model", Set.of()),
            Map.entry("dev.retort.annotations", Set.of()),
            Map.entry("dev.retort.config", Set.of()),
            Map.entry("dev.retort.junit", Set.of("dev.retort.app")),
            Map.entry("dev.retort.revision", Set.of()),
            Map.entry("dev.retort.ops", Set.of("dev.retort.model")),
            Map.entry("dev.retort.migration", Set.of("dev.retort.model", "dev.retort.ops")),
            Map.entry("dev.retort.diff", Set.of("dev.retort.model", "dev.retort.ops")),
            Map.entry("dev.retort.render", Set.of("dev.retort.model", "dev.retort.ops", "dev.retort.migration")),
            Map.entry("dev.retort.dialect", Set.of("dev.retort.model", "dev.retort.ops", "dev.retort.dialect.sqlite",
                    "dev.retort.dialect.postgres")),
            Map.entry("dev.retort.dialect.sqlite", Set.of("dev.retort.model", "dev.retort.ops", "dev.retort.dialect")),
            Map.entry("dev.retort.dialect.postgres", Set.of("dev.retort.model", "dev.retort.ops", "dev.retort.dialect")),
            Map.entry("dev.retort.scan", Set.of("dev.retort.model", "dev.retort.annotations", "dev.retort.migration",
                    "dev.retort.scan.hibernate")),
            // loaded beside the application's Hibernate: it may only use what ReleaseLoader shares with Retort
            Map.entry("dev.retort.scan.hibernate", Set.of("dev.retort.model", "dev.retort.annotations",
                    "dev.retort.scan")),
            Map.entry("dev.retort.introspect", Set.of("dev.retort.model", "dev.retort.dialect", "dev.retort.introspect.sqlite",
                    "dev.retort.introspect.postgres")),
            Map.entry("dev.retort.introspect.postgres", Set.of("dev.retort.model", "dev.retort.dialect",
                    "dev.retort.dialect.postgres", "dev.retort.introspect")),
            Map.entry("dev.retort.introspect.sqlite", Set.of("dev.retort.model", "dev.retort.dialect",
                    "dev.retort.dialect.sqlite", "dev.retort.introspect")),
            Map.entry("dev.retort.script", Set.of("dev.retort.migration", "dev.retort.revision")),
            Map.entry("dev.retort.cli", Set.of("dev.retort.app", "dev.retort.config", "dev.retort.diff")),
            Map.entry("dev.retort.runtime", Set.of("dev.retort.model", "dev.retort.ops", "dev.retort.dialect",
                    "dev.retort.migration", "dev.retort.revision", "dev.retort.script")));

    @Test
    void packagesOnlyDependDownwards() {
        List<String> violations = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath("target/classes").enableInterClassDependencies()
                .enableExternalClasses().acceptPackages("dev.retort").scan()) {
            assertThat(scan.getAllClasses()).hasSizeGreaterThan(50);
            // the check sees third-party dependencies at all
            assertThat(scan.getAllClasses().stream().filter(c -> c.getPackageName().equals("dev.retort.scan.hibernate"))
                    .flatMap(c -> c.getClassDependencies().stream()).anyMatch(d -> d.getName().startsWith("org.hibernate.")))
                    .isTrue();
            for (ClassInfo c : scan.getAllClasses()) {
                String pkg = c.getPackageName();
                for (ClassInfo dep : c.getClassDependencies()) {
                    String target = dep.getName();
                    SOLE_USERS.forEach((prefix, owner) -> {
                        if (target.startsWith(prefix) && !pkg.equals(owner)) {
                            violations.add(c.getName() + " uses " + target + " (only " + owner + " may)");
                        }
                    });
                    String depPkg = dep.getPackageName();
                    Set<String> allowed = ALLOWED.get(pkg);
                    if (allowed != null && depPkg.startsWith("dev.retort") && !depPkg.equals(pkg)
                            && !depPkg.equals("dev.retort.error") && !allowed.contains(depPkg)) {
                        violations.add(c.getName() + " depends on " + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** Entity classes carry these annotations, so they must not drag in Retort's or anybody's dependencies. */
    @Test
    void annotationsDependOnTheJdkOnly() {
        try (ScanResult scan = new ClassGraph().overrideClasspath("target/classes").enableInterClassDependencies()
                .enableExternalClasses().acceptPackages("dev.retort.annotations").scan()) {
            List<ClassInfo> annotations = scan.getAllClasses().stream()
                    .filter(c -> c.getPackageName().equals("dev.retort.annotations")).toList();
            assertThat(annotations).extracting(ClassInfo::getName).contains("dev.retort.annotations.IndexOptions");
            assertThat(annotations.stream().flatMap(c -> c.getClassDependencies().stream())
                    .map(ClassInfo::getName)
                    .filter(n -> !n.startsWith("java.") && !n.startsWith("dev.retort.annotations.")))
                    .isEmpty();
        }
    }
}
