/**
 * The sealed set of migration operations, each with its inverse, plus {@link dev.retort.ops.MigrationPlan},
 * {@link dev.retort.ops.ModelFolder} and {@link dev.retort.ops.OpSpelling} (an op's names as a schema spells
 * them, by a database's rules), {@link dev.retort.ops.OpChecksum}, and what each op risks and how it reads in
 * one line ({@link dev.retort.ops.Risk}, {@link dev.retort.ops.OpText}). Depends only on {@code model} and
 * {@code error}.
 */
package dev.retort.ops;
