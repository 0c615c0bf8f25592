/**
 * Reads a PostgreSQL catalog with a fixed number of set-based {@code pg_catalog} queries, and turns PostgreSQL's
 * printing of types, defaults and CHECK expressions back into the canonical spelling. Depends on {@code model},
 * {@code introspect}, {@code dialect.postgres} and JDBC. Entry type: {@link dev.retort.introspect.postgres.PostgresCatalogReader}.
 */
package dev.retort.introspect.postgres;
