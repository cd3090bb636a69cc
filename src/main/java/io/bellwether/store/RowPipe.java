package io.bellwether.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue of rows from the thread that reads a workspace to the one that writes the copy: each
 * table's rows, then its end; after the last table (or a failure) the end of all.
 */
final class RowPipe {
    private static final Object[] TABLE_END = new Object[0];
    private static final Object[] ALL_END = new Object[0];

    private final BlockingQueue<Object[]> rows;
    private volatile RuntimeException failure;
    private volatile boolean closed;

    RowPipe(int capacity) {
        this.rows = new ArrayBlockingQueue<>(capacity);
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
        if (!offer(row)) {
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
        return row == TABLE_END ? null : row;
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

    private boolean offer(Object[] row) {
        try {
            while (!closed) {
                if (rows.offer(row, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
