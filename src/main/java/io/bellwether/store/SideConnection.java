package io.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One more connection to an open workspace's H2 file, for a feature's own tables (traffic hooks, the
 * model registry). As in {@link H2WorkspaceStore}, the JDBC work runs on a thread of its own that
 * nobody interrupts, and each unit of work is one transaction: committed when it returns, else rolled back.
 */
final class SideConnection implements AutoCloseable {
    private final String description;
    private final Connection connection;
    private final ExecutorService thread;
    private volatile boolean closed;

    private SideConnection(String description, Connection connection, String threadName) {
        this.description = description;
        this.connection = connection;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param what          e.g. "the model registry", for messages
     * @param requiredTable a table the workspace's migrations create (upper case), proving they ran
     */
    static SideConnection open(DatabaseFile file, String what, String requiredTable, String threadName) {
        String description = what + " of " + file.dataFile();
        return Sql.run("open " + description, () -> {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(file.jdbcUrl());
            Connection connection = source.getConnection();
            try {
                connection.setAutoCommit(false);
                if (!connection.getMetaData().getTables(null, null, requiredTable, null).next()) {
                    throw new IllegalStateException("The database " + file.dataFile() + " has no tables for "
                            + what + ": open the workspace first, so its migrations run");
                }
                return new SideConnection(description, connection, threadName);
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        });
    }

    /** Runs {@code work} as one transaction of {@code writer} ({@link FileWriter#transaction}). */
    <T> T transaction(String doing, FileWriter writer, Sql.JdbcWork<T> work) {
        if (closed) {
            throw new IllegalStateException(description + " is closed");
        }
        Future<T> result = thread.submit(() -> Sql.run(doing, () -> writer.transaction(connection, c -> work.run())));
        return Uninterruptibly.await(result);
    }

    String description() {
        return description;
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
        Sql.run("close " + description, () -> {
            connection.close();
            return null;
        });
    }
}
