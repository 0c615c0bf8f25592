/**
 * Runs migrations: op to SQL through the dialect, into a {@link dev.retort.runtime.StatementSink} (a JDBC
 * connection or a script), one transaction per migration with its version-table update and its checksum
 * ({@link dev.retort.runtime.ChecksumTable}). Depends on
 * {@code ops}, {@code model}, {@code dialect}, {@code migration}, {@code revision}, {@code script}.
 */
package dev.retort.runtime;
