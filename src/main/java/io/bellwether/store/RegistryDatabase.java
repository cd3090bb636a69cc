package io.bellwether.store;

import java.sql.Connection;
import java.util.concurrent.locks.Lock;

/**
 * The connection for the model registry ({@link SideConnection}). The registry's audit events go
 * through this connection too, so a change and its event commit together.
 * Writes hold the file's {@link WriteLocks} lock, as the workspace's writer does, so the two never
 * append to the audit chain at the same moment.
 */
final class RegistryDatabase implements AutoCloseable {
    private final SideConnection side;
    private final Lock writeLock;

    private RegistryDatabase(SideConnection side, Lock writeLock) {
        this.side = side;
        this.writeLock = writeLock;
    }

    static RegistryDatabase open(DatabaseFile file) {
        return new RegistryDatabase(SideConnection.open(file, "the model registry", "MODEL_VERSIONS",
                "bellwether-registry-store"), WriteLocks.of(file));
    }

    /** Runs {@code work} in one transaction, holding the write lock until it is committed or rolled back. */
    <T> T write(Sql.JdbcWork<T> work) {
        return side.transaction("use " + side.description(), writeLock, work);
    }

    /** Runs {@code work} in one transaction without the write lock (reads). */
    <T> T read(Sql.JdbcWork<T> work) {
        return side.transaction("use " + side.description(), null, work);
    }

    Connection connection() {
        return side.connection();
    }

    @Override
    public void close() {
        side.close();
    }
}
