package io.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One more connection to an open workspace's H2 file, for the model registry, as {@link HookDatabase}
 * is for the hook tables: each unit of work is one transaction on a thread nobody interrupts. The
 * registry's audit events go through this connection too, so a change and its event commit together.
 * The audit sequence is the table's primary key: should the workspace's writer append at the same
 * moment, one of the two transactions fails and is rolled back whole; the chain never forks.
 */
final class RegistryDatabase implements AutoCloseable {
    private final String description;
    private final Connection connection;
    private final ExecutorService thread;
    private volatile boolean closed;

    private RegistryDatabase(String description, Connection connection) {
        this.description = description;
        this.connection = connection;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "bellwether-registry-store");
            t.setDaemon(true);
            return t;
        });
    }

    static RegistryDatabase open(DatabaseFile file) {
        return Sql.run("open the model registry of " + file.dataFile(), () -> {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(file.jdbcUrl());
            Connection connection = source.getConnection();
            try {
                connection.setAutoCommit(false);
                if (!connection.getMetaData().getTables(null, null, "MODEL_VERSIONS", null).next()) {
                    throw new IllegalStateException("The database " + file.dataFile()
                            + " has no model registry tables: open the workspace first, so its migrations run");
                }
                return new RegistryDatabase(file.dataFile().toString(), connection);
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        });
    }

    /** Runs {@code work} in one transaction: committed when it returns, else rolled back. */
    <T> T transaction(Sql.JdbcWork<T> work) {
        if (closed) {
            throw new IllegalStateException("The model registry of " + description + " is closed");
        }
        Future<T> result = thread.submit(() -> Sql.run("use the model registry of " + description, () -> {
            try {
                T value = work.run();
                connection.commit();
                return value;
            } catch (RuntimeException | Error | SQLException e) {
                connection.rollback();
                throw e;
            }
        }));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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
        Sql.run("close the model registry of " + description, () -> {
            connection.close();
            return null;
        });
    }
}
