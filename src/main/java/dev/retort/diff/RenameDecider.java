package dev.retort.diff;

/**
 * Says whether a {@link RenameCandidate} the differ found is a rename (the data stays) or a drop and an add
 * (the data goes). {@link SchemaDiffer} asks once per candidate, in a fixed order (tables before columns); a
 * rejected candidate is a drop and an add, as if rename detection were off for that pair only.
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.STRICT.withRenames(candidate -> ask("Rename " + candidate.describe() + "?"));
 * }</pre>
 */
@FunctionalInterface
public interface RenameDecider {
    /**
     * Every candidate is a rename, a guess the generated migration flags for review: autogenerate's default.
     */
    RenameDecider ACCEPT_ALL = new RenameDecider() {
        @Override
        public boolean isRename(RenameCandidate candidate) {
            return true;
        }

        @Override
        public boolean confirms() {
            return false;
        }
    };

    /** No candidate is a rename: every difference is a drop and an add ({@code --no-renames}). */
    RenameDecider REJECT_ALL = candidate -> false;

    /** {@code true}: rename; {@code false}: drop the old and add the new. */
    boolean isRename(RenameCandidate candidate);

    /**
     * Whether a yes is a decision (a person answered, or code that knows), so the plan records the rename as
     * confirmed ({@link dev.retort.ops.MigrationPlan#confirmed()}) instead of a guess to review. True unless
     * overridden; false for {@link #ACCEPT_ALL}.
     */
    default boolean confirms() {
        return true;
    }
}
