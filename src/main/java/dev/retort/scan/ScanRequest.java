package dev.retort.scan;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What to scan and how Hibernate should map it.
 *
 * <p>Invariants: no component is null; the lists and the map are immutable copies (the map keeps the caller's
 * iteration order); {@code hibernateDialect} is not blank.
 *
 * @param classpath directories and jars holding the compiled entities, their converters and any naming strategy
 *     they need; only these entries are scanned
 * @param packages the packages to look in (sub-packages included); empty scans every class on {@code classpath}
 * @param hibernateDialect the Hibernate dialect class name, e.g. {@code org.hibernate.dialect.PostgreSQLDialect}
 *     or {@code org.hibernate.community.dialect.SQLiteDialect}
 * @param fold applied to every unquoted table, column and constraint name: the identity keeps Hibernate's
 *     spelling, which each database folds as it folds Hibernate's own DDL (what Retort's commands use); a
 *     database's own fold gives the names that database stores. A quoted name keeps its case either way, marked
 *     with quotes when it has upper-case letters ({@link dev.retort.model.Identifiers})
 * @param hibernateProperties settings handed to Hibernate unchanged, above all
 *     {@code hibernate.physical_naming_strategy} and {@code hibernate.implicit_naming_strategy}; Retort's own
 *     settings (dialect, no JDBC access) win over entries of the same key
 */
public record ScanRequest(List<Path> classpath, List<String> packages, String hibernateDialect,
                          UnaryOperator<String> fold, Map<String, String> hibernateProperties) {

    public ScanRequest {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        Objects.requireNonNull(hibernateDialect, "hibernateDialect");
        Objects.requireNonNull(fold, "fold");
        if (hibernateDialect.isBlank()) {
            throw new IllegalArgumentException("hibernateDialect is blank");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        hibernateProperties.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "property key"),
                Objects.requireNonNull(v, () -> "value of property " + k)));
        hibernateProperties = java.util.Collections.unmodifiableMap(copy);
    }

    /** A request with no extra Hibernate settings. */
    public static ScanRequest of(List<Path> classpath, List<String> packages, String hibernateDialect,
                                 UnaryOperator<String> fold) {
        return new ScanRequest(classpath, packages, hibernateDialect, fold, Map.of());
    }

    /** The same request with one more Hibernate setting (replacing an earlier value of that key). */
    public ScanRequest withProperty(String key, String value) {
        Map<String, String> next = new LinkedHashMap<>(hibernateProperties);
        next.put(key, value);
        return new ScanRequest(classpath, packages, hibernateDialect, fold, next);
    }
}
