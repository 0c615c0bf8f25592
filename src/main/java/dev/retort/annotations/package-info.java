/**
 * Annotations that entity classes carry for Retort, for what JPA and Hibernate annotations cannot express:
 * {@link dev.retort.annotations.IndexOptions} gives an {@code @Index} an access method (GIN…) or a partial-index
 * predicate. Read by {@code dev.retort.scan} from the compiled entities. {@link dev.retort.annotations.PublicApi} and
 * {@link dev.retort.annotations.Internal} mark what code outside Retort may use. Depends on nothing but the JDK, so an
 * application can use it without pulling in the rest of Retort's dependencies.
 */
@PublicApi
package dev.retort.annotations;
