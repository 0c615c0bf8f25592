package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what code outside Retort may use and what a release keeps compatible: the migration API that migration
 * classes compile against ({@code dev.retort.migration}, and the model values its methods take and return), the
 * library API ({@code dev.retort.app.Retort} and its results), errors, the JUnit assertions, the entity annotations
 * and the command line's in-process entry point. Everything else is internal and may change in any release; see
 * {@code docs/architecture.md}, "What is public".
 *
 * <p>On a type, its public members are API; on a package, every public type in it is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface PublicApi {
}
