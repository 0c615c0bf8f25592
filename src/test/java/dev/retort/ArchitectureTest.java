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
            "org.yaml.snakeyaml.", "dev.retort.config",
            "javax.tools.", "dev.retort.script",
            "jakarta.persistence.", "dev.retort.scan.hibernate");

    /**
     * Which rows of the table may hold a JDBC connection: reading the catalog, running migrations, and the façade
     * that opens the connection for them. Values of {@code java.sql} types ({@code java.sql.Date} in
     * {@code bulkInsert}) are no connection and count anywhere.
     */
    private static final Set<String> CONNECTION_USERS = Set.of("introspect", "runtime", "app");
    private static final List<String> CONNECTIONS = List.of("java.sql.Connection", "java.sql.DriverManager",
            "javax.sql.DataSource");
    /** Which rows may run SQL through JDBC (statements, results, the driver's catalog): the façade only opens. */
    private static final Set<String> STATEMENT_USERS = Set.of("introspect", "runtime");
    private static final List<String> STATEMENTS = List.of("java.sql.Statement", "java.sql.PreparedStatement",
            "java.sql.CallableStatement", "java.sql.ResultSet", "java.sql.ResultSetMetaData",
            "java.sql.DatabaseMetaData");

    /** Packages any package may use without naming them: errors and one-line text. */
    private static final Set<String> EVERYWHERE = Set.of("error", "text");

    /** The markers of what is public ({@code PublicApi}, {@code Internal}): documentation any package may carry. */
    private static final Set<String> API_MARKERS = Set.of("dev.retort.annotations.PublicApi",
            "dev.retort.annotations.Internal");

    /**
     * Which Retort packages a package may depend on (besides its own family and dev.retort.error), as the package
     * table of docs/architecture.md says: a row per package (its subpackages, such as {@code dialect.sqlite}, belong
     * to it unless they have a row of their own), whose last cell names the packages it depends on, "—" for none, or
     * "all of the above".
     */
    private static Map<String, Set<String>> documentedRows() throws java.io.IOException {
        Map<String, Set<String>> rows = new java.util.LinkedHashMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| `([a-z.]+)` \\|.*\\|([^|]*)\\|\\s*$");
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("`([a-z.]+)`");
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/architecture.md"));
        for (String line : lines) {
            java.util.regex.Matcher m = row.matcher(line);
            if (m.matches()) {
                Set<String> deps = new java.util.TreeSet<>();
                java.util.regex.Matcher n = name.matcher(m.group(2));
                while (n.find()) {
                    deps.add(n.group(1));
                }
                rows.put(m.group(1), m.group(2).contains("all of the above") ? Set.copyOf(rows.keySet()) : deps);
            }
        }
        // a dependency that names no row (a flag in prose) is no package
        rows.replaceAll((k, v) -> v.stream().filter(rows::containsKey).collect(java.util.stream.Collectors.toSet()));
        return rows;
    }

    /** The row a package belongs to: its own, else the nearest enclosing package's. */
    private static String rowOf(String pkg, Map<String, Set<String>> rows) {
        String name = pkg.substring("dev.retort.".length());
        while (!rows.containsKey(name) && name.contains(".")) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        return rows.containsKey(name) ? name : null;
    }

    @Test
    void packagesOnlyDependDownwards() throws Exception {
        Map<String, Set<String>> rows = documentedRows();
        assertThat(rows).as("the package table of docs/architecture.md").hasSizeGreaterThan(15);
        List<String> violations = new ArrayList<>();
        Map<String, Set<String>> used = new java.util.TreeMap<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath("target/classes").enableInterClassDependencies()
                .enableExternalClasses().acceptPackages("dev.retort").scan()) {
            assertThat(scan.getAllClasses()).hasSizeGreaterThan(50);
            // the check sees third-party dependencies at all
            assertThat(scan.getAllClasses().stream().filter(c -> c.getPackageName().equals("dev.retort.scan.hibernate"))
                    .flatMap(c -> c.getClassDependencies().stream()).anyMatch(d -> d.getName().startsWith("org.hibernate.")))
                    .isTrue();
            for (ClassInfo c : scan.getAllClasses()) {
                String pkg = c.getPackageName();
                if (!pkg.startsWith("dev.retort.") || c.isExternalClass()) {
                    continue;
                }
                String row = rowOf(pkg, rows);
                if (row == null) {
                    violations.add(pkg + " has no row in docs/architecture.md: add one saying what it does and what"
                            + " it depends on");
                    continue;
                }
                for (ClassInfo dep : c.getClassDependencies()) {
                    String target = dep.getName();
                    if (CONNECTIONS.contains(target) && !CONNECTION_USERS.contains(row)) {
                        violations.add(c.getName() + " uses " + target + " (JDBC connections: only "
                                + CONNECTION_USERS + ")");
                    }
                    if (STATEMENTS.contains(target) && !STATEMENT_USERS.contains(row)) {
                        violations.add(c.getName() + " uses " + target + " (JDBC statements and results: only "
                                + STATEMENT_USERS + ")");
                    }
                    SOLE_USERS.forEach((prefix, owner) -> {
                        if (target.startsWith(prefix) && !pkg.equals(owner)) {
                            violations.add(c.getName() + " uses " + target + " (only " + owner + " may)");
                        }
                    });
                    String depPkg = dep.getPackageName();
                    if (!depPkg.startsWith("dev.retort.") || API_MARKERS.contains(target)) {
                        continue;
                    }
                    String depRow = rowOf(depPkg, rows);
                    if (depRow != null && !depRow.equals(row) && !EVERYWHERE.contains(depRow)) {
                        used.computeIfAbsent(row, k -> new java.util.TreeSet<>()).add(depRow);
                    }
                    if (depRow != null && !depRow.equals(row) && !EVERYWHERE.contains(depRow)
                            && !rows.get(row).contains(depRow)) {
                        violations.add(c.getName() + " (" + row + ") depends on " + target + " (" + depRow + "),"
                                + " which docs/architecture.md does not list");
                    }
                }
            }
        }
        // and no row names a package its classes do not use ("all of the above" only bounds)
        rows.forEach((row, documented) -> {
            Set<String> uses = used.getOrDefault(row, Set.of());
            if (!row.equals("app") && !documented.equals(uses)) {
                violations.add("docs/architecture.md says " + row + " depends on " + new java.util.TreeSet<>(documented)
                        + ", its classes on " + uses);
            }
        });
        assertThat(violations.stream().distinct()).isEmpty();
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

    /**
     * Each package-info says what its package depends on ("Depends on {@code model} and {@code ops}"), and that is what
     * the compiled classes depend on: the Retort packages outside its own family, {@code error} aside.
     */
    @Test
    void packageInfoSaysWhatThePackageDependsOn() throws Exception {
        Map<String, Set<String>> rows = documentedRows();
        Map<String, Set<String>> actual = new java.util.TreeMap<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath("target/classes").enableInterClassDependencies()
                .acceptPackages("dev.retort").scan()) {
            for (ClassInfo c : scan.getAllClasses()) {
                String pkg = c.getPackageName();
                Set<String> deps = actual.computeIfAbsent(pkg.substring("dev.retort.".length()),
                        k -> new java.util.TreeSet<>());
                for (ClassInfo dep : c.getClassDependencies()) {
                    String depPkg = dep.getPackageName();
                    if (API_MARKERS.contains(dep.getName())) {
                        continue;
                    }
                    if (depPkg.startsWith("dev.retort.")
                            && !EVERYWHERE.contains(depPkg.substring("dev.retort.".length()))
                            && !java.util.Objects.equals(rowOf(depPkg, rows), rowOf(pkg, rows))) {
                        deps.add(depPkg.substring("dev.retort.".length()));
                    }
                }
            }
        }
        java.util.regex.Pattern sentence = java.util.regex.Pattern.compile(
                "[Dd]epends(?: otherwise)?(?: only)? on (.*?)(?:[.;]\\s|[.;]$|: )", java.util.regex.Pattern.DOTALL);
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("\\{@code ([a-z.]+)}");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : actual.entrySet()) {
            java.nio.file.Path info = java.nio.file.Path.of("src/main/java/dev/retort/" + e.getKey().replace('.', '/')
                    + "/package-info.java");
            String text = java.nio.file.Files.readString(info).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
            java.util.regex.Matcher m = sentence.matcher(text);
            if (!m.find()) {
                wrong.add(e.getKey() + ": package-info has no \"Depends on …\" sentence; it depends on " + e.getValue());
                continue;
            }
            Set<String> said = new java.util.TreeSet<>();
            java.util.regex.Matcher n = code.matcher(m.group(1));
            while (n.find()) {
                if (!EVERYWHERE.contains(n.group(1)) && !java.util.Objects.equals(rowOf("dev.retort." + n.group(1), rows),
                        rowOf("dev.retort." + e.getKey(), rows))) {
                    said.add(n.group(1));
                }
            }
            if (!said.equals(e.getValue())) {
                wrong.add(e.getKey() + ": package-info says " + said + ", the classes depend on " + e.getValue());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
