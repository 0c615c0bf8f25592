/**
 * Pure per-database strategy: quoting, type spelling, op to SQL, capabilities and the version table's DDL.
 * Depends on {@code model} and {@code ops}; opens no connection. Entry type: {@link dev.retort.dialect.SqlDialect}.
 */
package dev.retort.dialect;
