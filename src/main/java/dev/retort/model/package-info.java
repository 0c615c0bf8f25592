/**
 * The database-neutral, immutable schema model that scanning and introspection both produce and the
 * differ compares with {@code equals}. Names are spelled as Hibernate writes them, marked with quotes where they
 * must keep their case ({@link dev.retort.model.Identifiers}); {@link dev.retort.model.NameMatching} says how a
 * database stores and matches them. Depends on nothing but the JDK. Entry type:
 * {@link dev.retort.model.SchemaModel}.
 */
package dev.retort.model;
