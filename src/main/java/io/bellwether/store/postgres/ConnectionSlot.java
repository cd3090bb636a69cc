package io.bellwether.store.postgres;

import io.bellwether.store.ConnectionWork;
import io.bellwether.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/** A connection used by one thread at a time, opened again when it broke. */
final class ConnectionSlot {
    private final PostgresConnections connections;
    private final int isolation;
    private Connection connection;
    private volatile int backendPid;

    ConnectionSlot(PostgresConnections connections, Connection first, int isolation) {
        this.connections = connections;
        this.connection = first;
        this.isolation = isolation;
        this.backendPid = pidOf(first);
    }

    /** The server process of the current connection (0 before the first). */
    int backendPid() {
        return backendPid;
    }

    private static int pidOf(Connection connection) {
        try {
            return connection == null ? 0 : connection.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return 0;
        }
    }

    synchronized <T> T transaction(String doing, ConnectionWork<T> work, boolean commit) {
        if (inWork) {
            throw new IllegalStateException("Store work must not start more store work (nested transaction)");
        }
        try {
            if (connection == null || connection.isClosed()) {
                connection = connections.open();
                connection.setTransactionIsolation(isolation);
                backendPid = pidOf(connection);
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
