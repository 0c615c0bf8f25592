package dev.retort.junit;

import dev.retort.app.Difference;
import dev.retort.app.Results;
import dev.retort.app.Retort;

/**
 * Fails a test when the entities and the schema drift apart, so a project's own build breaks on drift:
 *
 * <pre>{@code
 * @Test
 * void migrationsMatchTheEntities() {
 *     Retort retort = Retort.builder()
 *             .url("jdbc:sqlite:" + tempDir.resolve("check.db"))
 *             .migrations(Path.of("src/main/migrations"))
 *             .classpath(Path.of("target/classes"))
 *             .entities("com.acme.domain")
 *             .build();
 *     retort.upgrade("head");
 *     RetortAssertions.assertNoDrift(retort);
 * }
 * }</pre>
 *
 * Throws a plain {@link AssertionError}, which JUnit 5 (and every other test framework) reports as a failure;
 * Retort needs no test library of its own.
 */
public final class RetortAssertions {
    private RetortAssertions() {
    }

    /** The live database (usually just upgraded to head) agrees with the entities. */
    public static void assertNoDrift(Retort retort) {
        fail(retort.check(), "the database");
    }

    /** The schema the migrations produce, replayed without a database, agrees with the entities. */
    public static void assertNoDriftOffline(Retort retort) {
        fail(retort.checkOffline(), "the migrations");
    }

    private static void fail(Results.Checked checked, String other) {
        if (checked.inSync()) {
            return;
        }
        StringBuilder message = new StringBuilder(checked.differences().isEmpty()
                ? "No schema drift, but applied migrations were edited after they were applied:"
                : "Schema drift: " + checked.differences().size()
                        + (checked.differences().size() == 1 ? " difference" : " differences")
                        + " between the entities and " + other + ":");
        for (Difference d : checked.differences()) {
            message.append("\n  ").append(d.message());
        }
        for (Results.RevisionInfo r : checked.edited()) {
            message.append("\n  migration ").append(r.id()).append(" (").append(r.source())
                    .append(") was edited after it was applied; undo the edit and put the change in a new migration");
        }
        checked.notes().forEach(n -> message.append("\n  (").append(n).append(')'));
        message.append("\nWrite a migration for them with `retort autogenerate -m \"...\"` and review it.");
        throw new AssertionError(message.toString());
    }
}
