/**
 * The sealed set of migration operations, each with its inverse, plus {@link dev.retort.ops.MigrationPlan},
 * {@link dev.retort.ops.ModelFolder} and {@link dev.retort.ops.OpSpelling} (an op's names as a schema spells
 * them, by a database's rules). Depends only on {@code model} and {@code error}.
 */
package dev.retort.ops;
