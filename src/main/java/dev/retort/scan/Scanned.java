package dev.retort.scan;

import dev.retort.model.SchemaModel;
import java.util.Objects;

/**
 * What a scan found, and which Hibernate ORM release derived it.
 *
 * @param model the schema the entities map to
 * @param hibernateVersion the release that read the entities, e.g. {@code 6.6.49.Final}
 * @param hibernateOrigin where that release came from, for people: "the entity classpath" or why Retort's bundled
 *     release was used instead
 * @param findNanos how long finding the entity classes took (ClassGraph), the rest of the scan being Hibernate's
 */
public record Scanned(SchemaModel model, String hibernateVersion, String hibernateOrigin, long findNanos) {
    public Scanned {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(hibernateVersion, "hibernateVersion");
        Objects.requireNonNull(hibernateOrigin, "hibernateOrigin");
    }

    /** One line for {@code --verbose} output, e.g. "Entities read with Hibernate ORM 6.6.49.Final (the entity classpath's)". */
    public String describeHibernate() {
        return "Entities read with Hibernate ORM " + hibernateVersion + " (" + hibernateOrigin + ")";
    }
}
