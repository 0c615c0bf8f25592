/**
 * Reads an SQLite catalog: {@code sqlite_schema} joined with the table-valued pragmas, plus a small parser of
 * the stored {@code CREATE TABLE} text for what the pragmas do not tell. Depends on {@code model},
 * {@code dialect.sqlite} and JDBC. Entry type:
 * {@link dev.retort.introspect.sqlite.SqliteCatalogReader}.
 */
package dev.retort.introspect.sqlite;
