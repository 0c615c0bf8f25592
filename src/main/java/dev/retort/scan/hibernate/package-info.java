/**
 * The Hibernate-facing half of the scan: boots Hibernate's metamodel for loaded entity classes (no JDBC connection)
 * and translates its relational model into a {@link dev.retort.model.SchemaModel}, refined by the entities'
 * {@link dev.retort.annotations.IndexOptions}. The only package that imports {@code org.hibernate.*}. For SQLite,
 * entities with named enum types or arrays are read for PostgreSQL too, and those columns and enum types taken from
 * that reading, so the model is the same on both databases.
 *
 * <p>It is loaded beside whichever Hibernate release reads the entities: Retort's bundled one, or the application's
 * (6.2 and later) in a class loader of its own ({@code dev.retort.scan.ReleaseLoader}). So it may use, from Retort,
 * only what that loader shares: {@code model}, {@code error}, {@code annotations} and the top level of
 * {@code scan}. Depends on {@code model}, {@code annotations} and {@code scan} (its shared types only). It is
 * compiled against 7.x; {@link dev.retort.scan.hibernate.HibernateApi} routes the calls whose
 * signatures differ on 6.x. Entry type: {@link dev.retort.scan.hibernate.HibernateReader}, reached through
 * {@link dev.retort.scan.MetamodelReader}.
 */
package dev.retort.scan.hibernate;
