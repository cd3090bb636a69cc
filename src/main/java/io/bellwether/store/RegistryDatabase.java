package io.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One more connection to an open workspace's H2 file, for the model registry, as {@link HookDatabase}
 * is for the hook tables: each unit of work is one transaction on a thread nobody interrupts. The
 * registry's audit events go through this connection too, so a change and its event commit together.
 * Writes hold the file's {@link WriteLocks} lock, as the workspace's writer does, so the two never
 * append to the audit chain at the same moment.
 */
final class RegistryDatabase implements AutoCloseable {
    private final String description;
    private final Connection connection;
    private final Lock writeLock;
    private final ExecutorService thread;
    private volatile boolean closed;

    private RegistryDatabase(String description, Connection connection, Lock writeLock) {
        this.description = description;
        this.connection = connection;
        this.writeLock = writeLock;
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
                return new RegistryDatabase(file.dataFile().toString(), connection, WriteLocks.of(file));
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        });
    }

    /** Runs {@code work} in one transaction, holding the write lock until it is committed or rolled back. */
    <T> T write(Sql.JdbcWork<T> work) {
        return transaction(work, true);
    }

    /** Runs {@code work} in one transaction without the write lock (reads). */
    <T> T read(Sql.JdbcWork<T> work) {
        return transaction(work, false);
    }

    private <T> T transaction(Sql.JdbcWork<T> work, boolean locked) {
        if (closed) {
            throw new IllegalStateException("The model registry of " + description + " is closed");
        }
        Future<T> result = thread.submit(() -> Sql.run("use the model registry of " + description, () -> {
            if (locked) {
                writeLock.lock();
            }
            try {
                T value = work.run();
                connection.commit();
                return value;
            } catch (RuntimeException | Error | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                if (locked) {
                    writeLock.unlock();
                }
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
        Sql.run("close the model registry of " + description, () -> {
            connection.close();
            return null;
        });
    }
}
