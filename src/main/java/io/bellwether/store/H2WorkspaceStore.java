package io.bellwether.store;

import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The workspace store on an embedded H2 file. All database work runs on the store's own threads,
 * which nobody interrupts (H2 documents that interrupting a thread doing file I/O can corrupt the
 * file): a caller that is interrupted while waiting keeps waiting and gets its interrupt flag back.
 * Writes run one at a time on one connection, as transactions of the file's {@link FileWriter}; reads run
 * on pooled connections, each in a snapshot.
 */
public final class H2WorkspaceStore implements WorkspaceStore, Tables {
    private static final int READERS = 2;

    private final DatabaseFile file;
    private final Connection writer;
    private final JdbcConnectionPool readers;
    private final ExecutorService writeThread;
    private final ExecutorService readThreads;
    private final FileWriter fileWriter;
    private volatile boolean closed;

    private H2WorkspaceStore(DatabaseFile file, Connection writer, JdbcConnectionPool readers) {
        this.file = file;
        this.writer = writer;
        this.readers = readers;
        this.fileWriter = FileWriter.of(file);
        String name = "bellwether-store-" + file.base().getFileName();
        this.writeThread = Executors.newSingleThreadExecutor(daemonThreads(name + "-writer"));
        this.readThreads = Executors.newFixedThreadPool(READERS, daemonThreads(name + "-reader"));
    }

    /** Opens (creating and migrating if needed) the database at {@code databasePath}, with the console's page cache. */
    public static H2WorkspaceStore open(java.nio.file.Path databasePath) {
        return open(DatabaseFile.of(databasePath));
    }

    static H2WorkspaceStore open(DatabaseFile file) {
        file.createFolder();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(file.jdbcUrl());
        return Sql.run("open the database " + file.dataFile(), () -> {
            Connection writer = source.getConnection();
            try {
                file.restrictFiles();
                Migrations.migrate(source);
                writer.setAutoCommit(false);
                JdbcConnectionPool readers = JdbcConnectionPool.create(source);
                readers.setMaxConnections(READERS);
                file.restrictFiles();
                H2WorkspaceStore store = new H2WorkspaceStore(file, writer, readers);
                // Another process may have written the file since this JVM last had it open.
                store.fileWriter.forget();
                return store;
            } catch (RuntimeException | SQLException e) {
                writer.close();
                throw e;
            }
        });
    }

    @Override
    public <T> T write(Function<StoreTransaction, T> work) {
        return await(writeThread, () -> fileWriter.transaction(writer,
                connection -> work.apply(new JdbcTransaction(connection, fileWriter.memory()))));
    }

    @Override
    public <T> T read(Function<StoreTransaction, T> work) {
        return readTables(connection -> work.apply(new JdbcTransaction(connection, WriterMemory.forOneTransaction())));
    }

    /** Rows written past the stores (a workspace copy) leave the writer remembering nothing. */
    @Override
    public <T> T writeTables(ConnectionWork<T> work) {
        return await(writeThread, () -> fileWriter.transaction(writer, connection -> {
            try {
                return work.run(connection);
            } finally {
                fileWriter.memory().forget();
            }
        }));
    }

    @Override
    public <T> T readTables(ConnectionWork<T> work) {
        return await(readThreads, () -> {
            try (Connection connection = readers.getConnection()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try (Statement lazy = connection.createStatement()) {
                    // The URL sets it too, but pooled connections measured 2-3x slower on a million-row
                    // report without this: lazy results stream instead of being materialized first.
                    lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
                try {
                    return work.run(connection);
                } finally {
                    connection.rollback();
                }
            }
        });
    }

    private <T> T await(ExecutorService threads, Sql.JdbcWork<T> work) {
        if (closed) {
            throw new IllegalStateException("The workspace " + file.dataFile() + " is closed");
        }
        if (Thread.currentThread().getName().startsWith("bellwether-store-")) {
            throw new IllegalStateException("Store work must not start more store work (nested transaction)");
        }
        Future<T> result = threads.submit(() -> Sql.run("use the database " + file.dataFile(), work));
        return Uninterruptibly.await(result);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        writeThread.shutdown();
        readThreads.shutdown();
        try {
            writeThread.awaitTermination(1, TimeUnit.MINUTES);
            readThreads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readers.dispose();
        Sql.run("close the database " + file.dataFile(), () -> {
            writer.close();
            return null;
        });
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
