package io.bellwether.store.postgres;

import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.RegistryTransaction;
import io.bellwether.application.port.out.StoreChanges;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.store.ConnectionWork;
import io.bellwether.store.JdbcStores;
import io.bellwether.store.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * The workspace (and its registry) on PostgreSQL: one connection for writes and one for reads, each
 * used by one thread at a time. Every write transaction first takes a transaction-level advisory lock
 * ({@code pg_advisory_xact_lock}), held until it commits or rolls back, so writers on every machine run
 * one at a time: each appends to the audit chain after the head the previous writer committed, and a
 * lifecycle step reads the deployment as the last committed writer left it (READ COMMITTED: every
 * statement after the lock sees it), so of two racing steps exactly one wins and the other is refused
 * as for a stale step. Before it commits, a write sends the ids of the resources its audit events
 * name on {@link PostgresChangeListener#CHANNEL} ({@code pg_notify}, delivered only on commit), or
 * {@code *} when it names none or too many. Reads run in REPEATABLE READ snapshots. A connection that broke (server
 * restarted) is replaced on the next transaction.
 */
final class PostgresWorkspaceStore implements WorkspaceStore, Tables {
    /** The advisory lock key of Bellwether's writers ("bellweth" in ASCII); one per database. */
    static final long WRITERS_LOCK = 0x62656c6c77657468L;
    /** More changed ids than this in one transaction are sent as {@code *} (a payload holds 8000 bytes). */
    private static final int MOST_IDS_NAMED = 20;
    private static final String NOTIFY = "SELECT pg_notify('" + PostgresChangeListener.CHANNEL + "', CASE WHEN"
            + " count(DISTINCT resource_id) BETWEEN 1 AND " + MOST_IDS_NAMED + " THEN string_agg(DISTINCT resource_id, ',')"
            + " ELSE '*' END) FROM audit_events WHERE sequence > ?";

    private final ConnectionSlot writer;
    private final ConnectionSlot reader;
    private final String shown;
    private final PostgresChangeListener changes;
    private volatile boolean closed;

    PostgresWorkspaceStore(PostgresConnections connections, Connection firstWriter) {
        this.shown = connections.location().toString();
        this.writer = new ConnectionSlot(connections, firstWriter, Connection.TRANSACTION_READ_COMMITTED);
        this.reader = new ConnectionSlot(connections, null, Connection.TRANSACTION_REPEATABLE_READ);
        this.changes = new PostgresChangeListener(connections, writer::backendPid);
    }

    @Override
    public StoreChanges changes() {
        return changes;
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
            long head = auditHead(connection);
            T result = work.run(connection);
            try (PreparedStatement notify = connection.prepareStatement(NOTIFY)) {
                notify.setLong(1, head);
                notify.execute();
            }
            return result;
        }, true);
    }

    private static long auditHead(Connection connection) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement("SELECT coalesce(max(sequence), 0) FROM audit_events");
             ResultSet row = head.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
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
        changes.close();
        reader.close();
        writer.close();
    }
}
