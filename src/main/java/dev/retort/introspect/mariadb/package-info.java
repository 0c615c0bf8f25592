/**
 * Reads the MariaDB database a connection opens with a fixed number of set-based {@code information_schema}
 * queries, and turns MariaDB's column types and defaults back into the canonical spelling. Depends on
 * {@code model}, {@code introspect}, {@code dialect.mariadb} (its blob types) and JDBC. Entry type: {@link dev.retort.introspect.mariadb.MariaDbCatalogReader}.
 */
package dev.retort.introspect.mariadb;
