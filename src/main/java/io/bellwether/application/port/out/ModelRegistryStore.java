package io.bellwether.application.port.out;

import java.util.function.Function;

/**
 * Port: the registry's tables beside an open workspace, with the audit trail in the same
 * transactions; closed before the workspace.
 */
public interface ModelRegistryStore extends AutoCloseable {

    /** Runs {@code work} as one transaction: committed (durably) when it returns, rolled back when it throws. */
    <T> T write(Function<RegistryTransaction, T> work);

    <T> T read(Function<RegistryTransaction, T> work);

    @Override
    void close();
}
