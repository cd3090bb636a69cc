package io.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One more connection to an open workspace's H2 file, for the traffic-hook tables. As in
 * {@link H2WorkspaceStore}, the JDBC work runs on a thread of its own that nobody interrupts, and each
 * unit of work is one committed transaction. Hook rows are few; one connection serves reads and writes.
 */
final class HookDatabase implements AutoCloseable {
    private final String description;
    private final Connection connection;
    private final ExecutorService thread;
    private volatile boolean closed;

    private HookDatabase(String description, Connection connection) {
        this.description = description;
        this.connection = connection;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "bellwether-hooks-store");
            t.setDaemon(true);
            return t;
        });
    }

    static HookDatabase open(DatabaseFile file) {
        return Sql.run("open the traffic hook tables of " + file.dataFile(), () -> {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(file.jdbcUrl());
            Connection connection = source.getConnection();
            try {
                connection.setAutoCommit(false);
                if (!connection.getMetaData().getTables(null, null, "TRAFFIC_HOOK_CALLS", null).next()) {
                    throw new IllegalStateException("The database " + file.dataFile()
                            + " has no traffic hook tables: open the workspace first, so its migrations run");
                }
                return new HookDatabase(file.dataFile().toString(), connection);
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        });
    }

    /** Runs {@code work} in one transaction on the hook thread: committed when it returns, else rolled back. */
    <T> T transaction(String doing, Sql.JdbcWork<T> work) {
        if (closed) {
            throw new IllegalStateException("The traffic hook tables of " + description + " are closed");
        }
        Future<T> result = thread.submit(() -> Sql.run(doing, () -> {
            try {
                T value = work.run();
                connection.commit();
                return value;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        }));
        return Uninterruptibly.await(result);
    }

    Connection connection() {
        return connection;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Sql.run("close the traffic hook tables of " + description, () -> {
            connection.close();
            return null;
        });
    }
}
