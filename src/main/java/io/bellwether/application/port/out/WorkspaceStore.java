package io.bellwether.application.port.out;

import java.util.function.Function;

/** Port: the durable store behind a workspace. */
public interface WorkspaceStore extends AutoCloseable {

    /**
     * Runs {@code work} as one transaction: committed (durably) when it returns, rolled back when it
     * throws. Writers run one at a time.
     */
    <T> T write(Function<StoreTransaction, T> work);

    /** Runs read-only work. */
    <T> T read(Function<StoreTransaction, T> work);

    /** The commits of this store's other writers; none by default (a store only this process writes). */
    default StoreChanges changes() {
        return StoreChanges.NONE;
    }

    @Override
    void close();
}
