/**
 * Assertions for a project's own tests: fail the build when entities and schema drift. Depends on {@code app};
 * entry type {@link dev.retort.junit.RetortAssertions}.
 */
package dev.retort.junit;
