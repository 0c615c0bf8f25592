/**
 * The sealed set of migration operations, each with its inverse, plus {@link dev.retort.ops.MigrationPlan}
 * and {@link dev.retort.ops.ModelFolder}. Depends only on {@code model} and {@code error}.
 */
package dev.retort.ops;
