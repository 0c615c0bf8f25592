package dev.retort.migration;

/**
 * A migration class: {@link #upgrade} moves the schema forward one revision, {@link #downgrade} undoes it.
 * Both bodies only record operations on {@code op}; Retort turns them into SQL for the target database.
 *
 * <pre>{@code
 * @Revision(id = "3f2a9c1d7e4b", revises = "9b1e04c2a7d0", created = "2026-11-22 10:15:00", message = "add email")
 * public final class M20261122_101500_add_email implements Migration {
 *     public void upgrade(Operations op) {
 *         op.addColumn("users", column("email", varchar(320)));
 *     }
 *
 *     public void downgrade(Operations op) {
 *         op.dropColumn("users", column("email", varchar(320)));
 *     }
 * }
 * }</pre>
 */
public interface Migration {
    void upgrade(Operations op);

    void downgrade(Operations op);
}
