package io.bellwether.store;

import io.bellwether.application.port.out.RegistryTransaction;
import java.util.function.Function;

/**
 * The connection for the model registry ({@link SideConnection}). The registry's audit events go
 * through this connection too, so a change and its event commit together.
 * Writes are transactions of the file's {@link FileWriter}, as the workspace's are, so the two never
 * append to the audit chain at the same moment and both continue it from the same remembered head.
 */
final class RegistryDatabase implements AutoCloseable {
    private final SideConnection side;
    private final FileWriter writer;

    private RegistryDatabase(SideConnection side, FileWriter writer) {
        this.side = side;
        this.writer = writer;
    }

    static RegistryDatabase open(DatabaseFile file) {
        return new RegistryDatabase(SideConnection.open(file, "the model registry", "MODEL_VERSIONS",
                "bellwether-registry-store"), FileWriter.of(file));
    }

    /** Runs {@code work} on the registry's stores in one write transaction. */
    <T> T write(Function<RegistryTransaction, T> work) {
        return side.transaction("use " + side.description(), writer, () -> work.apply(
                new JdbcStores.RegistryJdbcTransaction(side.connection(), writer.memory())));
    }

    /** Runs {@code work} on the registry's stores in one transaction that writes nothing. */
    <T> T read(Function<RegistryTransaction, T> work) {
        return side.transaction("use " + side.description(), FileWriter.unshared(),
                () -> work.apply(JdbcStores.registryTransaction(side.connection())));
    }

    @Override
    public void close() {
        side.close();
    }
}
