/**
 * The SQLite dialect: type spellings, ALTER TABLE where SQLite has it and the table rebuild where it does not.
 * Depends on {@code model}, {@code ops} and {@code error}; opens no connection. Entry type:
 * {@link dev.retort.dialect.sqlite.SqliteDialect}.
 */
package dev.retort.dialect.sqlite;
