/**
 * Turns compiled JPA entity classes into a canonical {@link dev.retort.model.SchemaModel}: ClassGraph finds the
 * annotated classes, the Hibernate release that reads them is chosen (the application's when the entity class path
 * holds {@code hibernate-core} 6.2 or later, else Retort's bundled one), and {@code dev.retort.scan.hibernate},
 * loaded beside that release, maps and translates them. Also finds compiled migration classes. The only package
 * that imports {@code io.github.classgraph.*}. Depends on {@code model}, {@code migration} and
 * {@code scan.hibernate}. Entry type: {@link dev.retort.scan.EntityScanner}.
 */
package dev.retort.scan;
