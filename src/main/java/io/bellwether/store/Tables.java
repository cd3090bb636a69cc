package io.bellwether.store;

/**
 * A workspace's tables as JDBC sees them, for work on the whole workspace at once (copying it to
 * another engine), beside the ports the application uses.
 */
public interface Tables {
    /** Runs {@code work} in one read-only snapshot of every table. */
    <T> T readTables(ConnectionWork<T> work);

    /** Runs {@code work} in one write transaction, the writers' lock held; it commits when work returns. */
    <T> T writeTables(ConnectionWork<T> work);
}
