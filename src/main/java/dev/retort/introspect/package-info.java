/**
 * Reads a live database catalog into a canonical {@link dev.retort.model.SchemaModel}, with a fixed number of
 * set-based queries whatever the number of tables. Depends on {@code model}, {@code dialect} and JDBC. Entry type: {@link dev.retort.introspect.CatalogReader}.
 */
package dev.retort.introspect;
