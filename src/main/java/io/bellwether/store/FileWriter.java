package io.bellwether.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The writing side of one database file in this JVM. Every connection that appends to the audit trail
 * (the workspace's writer, the model registry's) runs its write transactions here, under one lock: each
 * continues the chain from its head, so two such transactions must not overlap. Other processes cannot open
 * the file meanwhile (embedded mode locks it), so a lock in the JVM is enough, and the writers' shared
 * {@link WriterMemory} is only read and changed under it.
 */
final class FileWriter {
    private static final ConcurrentMap<Path, FileWriter> WRITERS = new ConcurrentHashMap<>();

    private final ReentrantLock lock = new ReentrantLock();
    private final WriterMemory memory = new WriterMemory();

    private FileWriter() {
    }

    static FileWriter of(DatabaseFile file) {
        return WRITERS.computeIfAbsent(file.dataFile(), path -> new FileWriter());
    }

    /** A transaction nobody else writes beside (reads): a lock of its own and a memory for it alone. */
    static FileWriter unshared() {
        return new FileWriter();
    }

    /**
     * Runs {@code work} as one transaction of {@code connection}, holding the lock until it is committed
     * (when {@code work} returns) or rolled back (when it throws, and then the memory forgets).
     */
    <T> T transaction(Connection connection, ConnectionWork<T> work) throws SQLException {
        lock.lock();
        try {
            T value = work.run(connection);
            connection.commit();
            memory.committed();
            return value;
        } catch (RuntimeException | Error | SQLException e) {
            memory.forget();
            connection.rollback();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Nothing remembered any more, taken under the lock: the next write reads the rows again. */
    void forget() {
        lock.lock();
        try {
            memory.forget();
        } finally {
            lock.unlock();
        }
    }

    /** The memory of this file's writers: use it only inside {@link #transaction}. */
    WriterMemory memory() {
        return memory;
    }
}
