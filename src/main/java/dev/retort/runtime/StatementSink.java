package dev.retort.runtime;

/**
 * Where SQL goes: a live connection or a script. The one place that decides between running and printing,
 * so nothing else needs to know whether Retort is online.
 */
public interface StatementSink {
    /**
     * Runs (or writes) one bookkeeping statement (the version and checksum tables), which performs no op; returns the
     * update count, or -1 when unknown (scripts).
     */
    int execute(String sql);

    /** Runs (or writes) the statements that perform some ops, in order; a statement that fails names them. */
    void execute(OpStatements statements);

    /** Starts a migration's transaction. */
    void begin();

    void commit();

    void rollback();

    /**
     * Runs {@code body} in one transaction: committed when it returns, rolled back when it throws (and the exception
     * passed on).
     */
    default void inTransaction(Runnable body) {
        begin();
        try {
            body.run();
            commit();
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /**
     * The statements performing ops that ran since the last {@link #begin()}, in order. Empty for scripts.
     */
    default java.util.List<String> ranSinceBegin() {
        return java.util.List.of();
    }

    /**
     * How many of {@link #ranSinceBegin()}, from the first, have committed however the transaction ends: on a
     * database that cannot roll back DDL, those up to its last statement that commits on its own
     * ({@link dev.retort.dialect.SqlDialect#commitsImplicitly}), which a failed migration leaves applied; the
     * statements after it are rolled back with the transaction. Zero for scripts.
     */
    default int committedSinceBegin() {
        return 0;
    }

    /** A comment line in scripts; ignored online. */
    default void comment(String text) {
    }
}
