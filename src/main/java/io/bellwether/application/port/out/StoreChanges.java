package io.bellwether.application.port.out;

import java.util.function.Consumer;

/**
 * Port: hears the commits of the workspace's other writers (other consoles and command lines, on
 * this machine or others), never this workspace's own. Team mode (PostgreSQL) delivers them within
 * a second by {@code LISTEN/NOTIFY}; an H2 file is held by one process only, whose own changes its
 * console already knows of, so H2 gives {@link #NONE}.
 */
public interface StoreChanges {
    /** What a change names when it cannot say which resource changed (or changes may have been missed). */
    String ANYTHING = "*";

    /** Never tells anything: no other writer can reach the store. */
    StoreChanges NONE = new StoreChanges() {
        @Override
        public boolean live() {
            return false;
        }

        @Override
        public Subscription subscribe(Consumer<String> listener) {
            return () -> { };
        }
    };

    /** Whether other writers' changes are heard at all. */
    default boolean live() {
        return true;
    }

    /**
     * Calls {@code listener} on a listener thread with the id of each resource (deployment, model)
     * another writer's committed transaction changed, or {@link #ANYTHING}.
     */
    Subscription subscribe(Consumer<String> listener);

    /** Stops the calls; the listener may still be called once while closing. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
