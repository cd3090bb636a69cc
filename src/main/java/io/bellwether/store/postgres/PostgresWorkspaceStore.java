package io.bellwether.store.postgres;

import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.RegistryTransaction;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.store.ConnectionWork;
import io.bellwether.store.JdbcStores;
import io.bellwether.store.StoreException;
import io.bellwether.store.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * The workspace (and its registry) on PostgreSQL: one connection for writes and one for reads, each
 * used by one thread at a time. Every write transaction first takes a transaction-level advisory lock
 * ({@code pg_advisory_xact_lock}), held until it commits or rolls back, so writers on every machine run
 * one at a time: each appends to the audit chain after the head the previous writer committed, and a
 * lifecycle step reads the deployment as the last committed writer left it (READ COMMITTED: every
 * statement after the lock sees it), so of two racing steps exactly one wins and the other is refused
 * as for a stale step. Reads run in REPEATABLE READ snapshots. A connection that broke (server
 * restarted) is replaced on the next transaction.
 */
final class PostgresWorkspaceStore implements WorkspaceStore, Tables {
    /** The advisory lock key of Bellwether's writers ("bellweth" in ASCII); one per database. */
    static final long WRITERS_LOCK = 0x62656c6c77657468L;

    private final ConnectionSlot writer;
    private final ConnectionSlot reader;
    private final String shown;
    private volatile boolean closed;

    PostgresWorkspaceStore(PostgresConnections connections, Connection firstWriter) {
        this.shown = connections.location().toString();
        this.writer = new ConnectionSlot(connections, firstWriter, Connection.TRANSACTION_READ_COMMITTED);
        this.reader = new ConnectionSlot(connections, null, Connection.TRANSACTION_REPEATABLE_READ);
    }

    @Override
    public <T> T write(Function<StoreTransaction, T> work) {
        return writing(connection -> work.apply(JdbcStores.transaction(connection)));
    }

    @Override
    public <T> T read(Function<StoreTransaction, T> work) {
        return reading(connection -> work.apply(JdbcStores.transaction(connection)));
    }

    /** The registry's port on the same connections and the same writers' lock. */
    ModelRegistryStore registry() {
        return new ModelRegistryStore() {
            @Override
            public <T> T write(Function<RegistryTransaction, T> work) {
                return writing(connection -> work.apply(JdbcStores.registryTransaction(connection)));
            }

            @Override
            public <T> T read(Function<RegistryTransaction, T> work) {
                return reading(connection -> work.apply(JdbcStores.registryTransaction(connection)));
            }

            @Override
            public void close() {
                // the workspace store closes the connections
            }
        };
    }

    @Override
    public <T> T readTables(ConnectionWork<T> work) {
        return reading(work);
    }

    @Override
    public <T> T writeTables(ConnectionWork<T> work) {
        return writing(work);
    }

    private <T> T writing(ConnectionWork<T> work) {
        requireOpen();
        return writer.transaction("write to the workspace " + shown, connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, WRITERS_LOCK);
                lock.execute();
            }
            return work.run(connection);
        }, true);
    }

    private <T> T reading(ConnectionWork<T> work) {
        requireOpen();
        return reader.transaction("read the workspace " + shown, work, false);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The workspace " + shown + " is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        reader.close();
        writer.close();
    }

    /** A connection used by one thread at a time, opened again when it broke. */
    private static final class ConnectionSlot {
        private final PostgresConnections connections;
        private final int isolation;
        private Connection connection;

        ConnectionSlot(PostgresConnections connections, Connection first, int isolation) {
            this.connections = connections;
            this.connection = first;
            this.isolation = isolation;
        }

        synchronized <T> T transaction(String doing, ConnectionWork<T> work, boolean commit) {
            if (inWork) {
                throw new IllegalStateException("Store work must not start more store work (nested transaction)");
            }
            try {
                if (connection == null || connection.isClosed()) {
                    connection = connections.open();
                    connection.setTransactionIsolation(isolation);
                }
            } catch (SQLException e) {
                throw new StoreException("Could not " + doing + ": " + PostgresOpenFailures.reason(connections, e), e);
            }
            inWork = true;
            try {
                T result = work.run(connection);
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return result;
            } catch (SQLException e) {
                rollbackOrDiscard();
                throw new StoreException("Could not " + doing + ": " + PostgresOpenFailures.reason(connections, e), e);
            } catch (RuntimeException | Error e) {
                rollbackOrDiscard();
                throw e;
            } finally {
                inWork = false;
            }
        }

        private boolean inWork;

        private void rollbackOrDiscard() {
            try {
                connection.rollback();
            } catch (SQLException broken) {
                closeQuietly();
            }
        }

        synchronized void close() {
            closeQuietly();
        }

        private void closeQuietly() {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // already gone
            } finally {
                connection = null;
            }
        }
    }
}
