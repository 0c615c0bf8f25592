/**
 * The stable public API that migration classes compile against: {@link dev.retort.migration.Migration},
 * {@link dev.retort.migration.Revision}, the recording {@link dev.retort.migration.Operations} and the
 * {@link dev.retort.migration.Schema} vocabulary. Depends on {@code ops} and {@code model}; it only grows.
 */
@PublicApi
package dev.retort.migration;

import dev.retort.annotations.PublicApi;
