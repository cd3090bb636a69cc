package io.bellwether.store;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One write lock per database file in this JVM. Every connection that appends to the audit trail
 * (the workspace's writer, the model registry's) holds it for its whole transaction: each reads the
 * chain's last event and appends after it, so two such transactions must not overlap. Other processes
 * cannot open the file meanwhile (embedded mode locks it), so a lock in the JVM is enough.
 */
final class WriteLocks {
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private WriteLocks() {
    }

    static ReentrantLock of(DatabaseFile file) {
        return LOCKS.computeIfAbsent(file.dataFile(), path -> new ReentrantLock());
    }
}
