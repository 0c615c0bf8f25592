/**
 * Runs migrations: op to SQL through the dialect, into a {@link dev.retort.runtime.StatementSink} (a JDBC
 * connection or a script) with the ops each statement performs ({@link dev.retort.runtime.OpStatements}), one
 * transaction per migration with its version-table update and its checksum
 * ({@link dev.retort.runtime.ChecksumTable}); {@code stamp} and accepting edited checksums, each in one transaction;
 * the migration lock ({@link dev.retort.runtime.MigrationLock}); the migrations' ops folded onto a model without a
 * database ({@link dev.retort.runtime.HistoryReplay}), the runner's fold too. With {@code introspect}, the only
 * package that runs SQL through JDBC. Depends on
 * {@code ops}, {@code model}, {@code dialect}, {@code migration}, {@code revision}, {@code script}.
 */
package dev.retort.runtime;
