/**
 * Assertions for a project's own tests: fail the build when entities and schema drift. Depends on {@code app};
 * entry type {@link dev.retort.junit.RetortAssertions}.
 */
@PublicApi
package dev.retort.junit;

import dev.retort.annotations.PublicApi;
