/**
 * Runs migrations: op to SQL through the dialect, into a {@link dev.retort.runtime.StatementSink} (a JDBC
 * connection or a script), one transaction per migration with its version-table update. Depends on
 * {@code ops}, {@code model}, {@code dialect}, {@code migration}, {@code revision}, {@code script}.
 */
package dev.retort.runtime;
