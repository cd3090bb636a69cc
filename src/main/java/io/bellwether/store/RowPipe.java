package io.bellwether.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue of rows from the thread that reads a workspace to the one that writes the copy: each
 * table's rows, then its end; after the last table (or a failure) the end of all. It holds at most
 * {@code capacity} rows and about {@code byteBudget} bytes of them: a shadow segment row is over a
 * megabyte, so a bound on rows alone held every segment of a workspace at once.
 */
final class RowPipe {
    private static final Object[] TABLE_END = new Object[0];
    private static final Object[] ALL_END = new Object[0];

    private final BlockingQueue<Object[]> rows;
    private final Semaphore kibibytes;
    private final int budgetKibibytes;
    private volatile RuntimeException failure;
    private volatile boolean closed;

    RowPipe(int capacity, long byteBudget) {
        this.rows = new ArrayBlockingQueue<>(capacity);
        this.budgetKibibytes = Math.toIntExact(Math.max(1, byteBudget >> 10));
        this.kibibytes = new Semaphore(budgetKibibytes);
    }

    /** About how many bytes {@code row}'s values hold: their binary and text content, 16 for anything else. */
    static long bytesOf(Object[] row) {
        long bytes = 0;
        for (Object value : row) {
            if (value instanceof byte[] binary) {
                bytes += binary.length;
            } else if (value instanceof String text) {
                bytes += text.length();
            } else {
                bytes += 16;
            }
        }
        return bytes;
    }

    /** Runs the reading side, then marks the end of all, also when it failed. */
    void fill(Runnable reading) {
        try {
            reading.run();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            offer(ALL_END);
        }
    }

    void put(Object[] row) {
        if (!reserve(kibibytesOf(row)) || !offer(row)) {
            throw new IllegalStateException("the copy's writer stopped");
        }
    }

    void endTable() {
        put(TABLE_END);
    }

    /** The next row of the current table, or null at its end. */
    Object[] take() {
        Object[] row = next();
        if (row == ALL_END) {
            throw failure != null ? failure : new IllegalStateException("the source ended before its last table");
        }
        if (row == TABLE_END) {
            return null;
        }
        kibibytes.release(kibibytesOf(row));
        return row;
    }

    /** After the last table: the reading side's failure, if any. */
    void awaitEnd() {
        if (next() != ALL_END) {
            throw new IllegalStateException("the source sent more tables than it listed");
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The writing side is done (or failed): the reading side stops at its next row. */
    void close() {
        closed = true;
        rows.clear();
    }

    private Object[] next() {
        try {
            return rows.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the copy was interrupted", e);
        }
    }

    /** Rows under a kibibyte reserve nothing (the row bound holds them); one above the budget takes all of it. */
    private int kibibytesOf(Object[] row) {
        return (int) Math.min(budgetKibibytes, bytesOf(row) >> 10);
    }

    private boolean reserve(int permits) {
        return whileOpen(() -> kibibytes.tryAcquire(permits, 100, TimeUnit.MILLISECONDS));
    }

    private boolean offer(Object[] row) {
        return whileOpen(() -> rows.offer(row, 100, TimeUnit.MILLISECONDS));
    }

    /** Retries a bounded wait until it succeeds or the pipe is closed (false then, as when interrupted). */
    private boolean whileOpen(BoundedWait wait) {
        try {
            while (!closed) {
                if (wait.succeeded()) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @FunctionalInterface
    private interface BoundedWait {
        boolean succeeded() throws InterruptedException;
    }
}
