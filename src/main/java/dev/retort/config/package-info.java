/**
 * Immutable settings, resolved once from flags, environment, {@code .env} and {@code retort.properties}.
 * Depends only on {@code error}. Entry type: {@link dev.retort.config.ConfigLoader}.
 */
package dev.retort.config;
