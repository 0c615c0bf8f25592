package dev.retort.scan;

import dev.retort.model.SchemaModel;
import java.util.List;

/**
 * What the Hibernate-facing half of the scan offers to the rest: it is loaded beside the Hibernate release that reads
 * the entities (Retort's own, or the application's in a class loader of its own), so the two halves meet only
 * through this interface and types of {@code java.*}, {@code dev.retort.model}, {@code dev.retort.error} and this
 * package, which every loader shares.
 */
public interface MetamodelReader {

    /** The Hibernate ORM release this reader runs on, e.g. {@code 6.6.49.Final}. */
    String hibernateVersion();

    /**
     * Maps the loaded entity classes with Hibernate and translates its relational model.
     *
     * @param loader the loader of {@code classes}; Hibernate resolves every class name through it
     * @param classes the {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter} classes
     * @param packages the packages whose {@code package-info} carries Hibernate annotations
     * @throws dev.retort.error.RetortException with {@link dev.retort.error.ErrorCode#SCAN} on any mapping failure
     */
    SchemaModel read(ClassLoader loader, List<Class<?>> classes, List<String> packages, ScanRequest request);
}
