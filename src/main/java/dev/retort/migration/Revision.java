package dev.retort.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** This revision's id: 12 lowercase hex digits when Retort makes it; any id {@link RevisionId} accepts. */
    String id();

    /** The revision(s) this one follows; empty for a first revision, several for a merge. */
    String[] revises() default {};

    /** When the revision was created, {@code yyyy-MM-dd HH:mm:ss} in UTC. */
    String created() default "";

    /** What the migration does, as given to {@code -m}. */
    String message() default "";

    /** Branch labels, for {@code upgrade LABEL@head}. */
    String[] branchLabels() default {};
}
