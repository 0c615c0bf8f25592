/**
 * Turns compiled JPA entity classes into a canonical {@link dev.retort.model.SchemaModel}: ClassGraph finds the
 * annotated classes, Hibernate's boot metamodel maps them (no JDBC connection), and the relational result is
 * translated into Retort's model, refined by the entities' {@link dev.retort.annotations.IndexOptions}. The only
 * package that imports {@code org.hibernate.*} and {@code io.github.classgraph.*}; it depends otherwise on
 * {@code model}, {@code annotations} and {@code error}.
 * Entry type: {@link dev.retort.scan.EntityScanner}.
 */
package dev.retort.scan;
