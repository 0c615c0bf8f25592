/**
 * The database-neutral, immutable schema model that scanning and introspection both produce and the
 * differ compares with {@code equals}. Depends on nothing but the JDK. Entry type: {@link dev.retort.model.SchemaModel}.
 */
package dev.retort.model;
