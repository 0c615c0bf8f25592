/**
 * Pure comparison of the entities' schema with the live one into an ordered {@link dev.retort.ops.MigrationPlan}.
 * Depends on {@code model} and {@code ops} only: no dialect, no JDBC. Entry type: {@link dev.retort.diff.SchemaDiffer}.
 */
package dev.retort.diff;
