/**
 * The PostgreSQL dialect: type spellings, quoting of (schema-qualified) names, and ALTER TABLE for every op.
 * Depends on {@code model}, {@code ops}, {@code dialect} and {@code error}; opens no connection. Entry type:
 * {@link dev.retort.dialect.postgres.PostgresDialect}.
 */
package dev.retort.dialect.postgres;
