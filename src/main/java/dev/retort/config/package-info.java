/**
 * Immutable settings, resolved once from flags, environment, {@code .env}, {@code retort.properties} and a Spring
 * Boot application's {@code application.properties}/{@code .yml} (its JPA settings; SnakeYAML reads the YAML).
 * Depends only on {@code error}. Entry type: {@link dev.retort.config.ConfigLoader}.
 */
package dev.retort.config;
