package dev.retort.scan.hibernate;

import java.util.Optional;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * What the scan must know about the target database that Hibernate's dialect does not say plainly: the name of
 * the schema an unqualified table lands in, and whether tables may live in other schemas.
 *
 * <p>PostgreSQL: {@code public} (the first schema of the default {@code search_path} that exists), others
 * allowed. SQLite: {@code main}; other schemas are attached database files, which Retort does not manage. MariaDB:
 * the connection's database, whose name the scan does not know; other schemas are other databases, which Retort
 * does not manage yet, so no schema may be named. Any other dialect: no schema may be named.
 *
 * @param product the database's name, for messages
 * @param defaultSchema the schema unqualified names resolve to, folded, if known
 * @param otherSchemas whether tables in other schemas can be created and compared
 */
record TargetDatabase(String product, Optional<String> defaultSchema, boolean otherSchemas) {

    static TargetDatabase of(Dialect dialect) {
        if (dialect instanceof PostgreSQLDialect) {
            return new TargetDatabase("PostgreSQL", Optional.of("public"), true);
        }
        if (dialect instanceof SQLiteDialect) {
            return new TargetDatabase("SQLite", Optional.of("main"), false);
        }
        if (dialect instanceof MariaDBDialect) {
            return new TargetDatabase("MariaDB", Optional.empty(), false);
        }
        return new TargetDatabase(dialect.getClass().getSimpleName(), Optional.empty(), false);
    }

    /** Whether {@code schema} names the default schema: as the database compares it, exactly when quoted. */
    boolean isDefaultSchema(Identifier schema) {
        return defaultSchema.filter(d -> schema.isQuoted() ? d.equals(schema.getText())
                : d.equalsIgnoreCase(schema.getText())).isPresent();
    }
}
