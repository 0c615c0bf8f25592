package dev.retort.scan;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Scans the fixture packages under {@code dev.retort.scan.fixtures}, compiled into target/test-classes. */
final class Fixtures {

    static final String SQLITE = "org.hibernate.community.dialect.SQLiteDialect";
    static final String POSTGRES = "org.hibernate.dialect.PostgreSQLDialect";
    static final UnaryOperator<String> KEEP = s -> s;
    static final UnaryOperator<String> LOWER = s -> s.toLowerCase(Locale.ROOT);
    static final Path TEST_CLASSES = testClasses();

    private Fixtures() {
    }

    static String pkg(String scenario) {
        return "dev.retort.scan.fixtures." + scenario;
    }

    static ScanRequest request(String scenario, String dialect) {
        return ScanRequest.of(List.of(TEST_CLASSES), List.of(pkg(scenario)), dialect,
                dialect.equals(POSTGRES) ? LOWER : KEEP);
    }

    static SchemaModel sqlite(String scenario) {
        return new EntityScanner().scan(request(scenario, SQLITE));
    }

    static SchemaModel postgres(String scenario) {
        return new EntityScanner().scan(request(scenario, POSTGRES));
    }

    static SchemaModel scan(String scenario, String dialect, Map<String, String> properties) {
        ScanRequest base = request(scenario, dialect);
        return new EntityScanner().scan(new ScanRequest(base.classpath(), base.packages(), dialect, base.fold(),
                properties));
    }

    static Table table(SchemaModel model, String name) {
        return model.table(name)
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + model.tableNames()));
    }

    static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError(
                "no column " + name + " in " + table.name() + table.columnNames()));
    }

    private static Path testClasses() {
        try {
            return Path.of(Fixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
