package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds what a JPA {@code @Index} cannot say to an index the entity already declares: the access method
 * ({@code USING gin}) and the predicate of a partial index ({@code WHERE deleted_at IS NULL}).
 *
 * <p>Put it on the entity class, next to the {@code @Table} whose {@code indexes} declare the index, and name that
 * index. The annotation is repeatable, one per refined index:
 * <pre>{@code
 * @Entity
 * @Table(name = "incidents", indexes = {
 *         @Index(name = "ix_incidents_metadata", columnList = "metadata"),
 *         @Index(name = "ix_incidents_tags", columnList = "tags"),
 *         @Index(name = "ix_incidents_open", columnList = "status")})
 * @IndexOptions(index = "ix_incidents_metadata", using = "gin")
 * @IndexOptions(index = "ix_incidents_tags", using = "gin")
 * @IndexOptions(index = "ix_incidents_open", where = "deleted_at IS NULL")
 * public class Incident {
 *     @JdbcTypeCode(SqlTypes.JSON)
 *     private Map<String, Object> metadata;
 *     @Column(columnDefinition = "text[]")
 *     private String[] tags;
 *     ...
 * }
 * }</pre>
 * Retort's migration then creates {@code CREATE INDEX ix_incidents_metadata ON incidents USING gin (metadata)} and
 * {@code CREATE INDEX ix_incidents_open ON incidents (status) WHERE deleted_at IS NULL}.
 *
 * <p><b>Which index.</b> {@link #index()} is the {@code @Index(name = ...)} of an index on the entity's table or
 * one of its secondary tables; case does not matter. An {@code @Index} without a name can be referred to by the
 * name Retort gives it, {@code ix_<table>_<column>_<column>} ({@code ux_} when unique), as the generated migration
 * shows it. On a superclass (a {@code @MappedSuperclass}, or an entity that others extend) the annotation applies
 * to every entity that extends it as well, and must match an index of at least one of them. Naming an index that
 * does not exist fails the scan with a message that names the entity, the index and the indexes that do exist.
 *
 * <p><b>Unique indexes.</b> Retort keeps {@code @Index(unique = true)} a unique index (Hibernate's own schema
 * export makes a UNIQUE constraint of it), and a refinement gives it the method and predicate, so
 * <pre>{@code
 * @Table(name = "users", indexes = @Index(name = "ux_users_email", columnList = "email", unique = true))
 * @IndexOptions(index = "ux_users_email", where = "deleted_at IS NULL")
 * }</pre>
 * gives the partial unique index {@code CREATE UNIQUE INDEX ux_users_email ON users (email) WHERE deleted_at IS
 * NULL}: e-mail addresses are unique among the rows not deleted. Hibernate's own schema export does not know this
 * annotation and would create a total UNIQUE constraint.
 *
 * <p><b>Databases.</b> The options are part of the schema on every database, so the same migration runs on each:
 * SQLite has partial indexes but one kind of index, so there a {@code gin} index is created as a plain one and
 * its method is not compared.
 *
 * <p>Retort reads the annotation when it scans the compiled entities; it has no effect at run time and Hibernate
 * ignores it. This package depends on nothing but the JDK.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(IndexOptions.List.class)
public @interface IndexOptions {

    /** The name of the refined index, as given to {@code @Index(name = ...)}. */
    String index();

    /**
     * The index access method, such as {@code gin}, {@code gist}, {@code brin} or {@code hash}: one word, any case.
     * Empty (the default) or {@code btree} keeps the database's default kind of index.
     */
    String using() default "";

    /**
     * The predicate of a partial index: a boolean SQL expression over the table's columns, without the word
     * {@code WHERE}, written with the column names as the database spells them, e.g. {@code deleted_at IS NULL}.
     * Empty (the default) indexes every row.
     */
    String where() default "";

    /** Holds several {@link IndexOptions} on one class; the compiler writes it for repeated annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        IndexOptions[] value();
    }
}
