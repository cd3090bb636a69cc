package io.bellwether.store.postgres;

import io.bellwether.application.port.out.StoreChanges;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears other writers' commits: a connection of its own {@code LISTEN}s on {@link #CHANNEL}, where
 * every committing write transaction sends the ids it changed ({@link PostgresWorkspaceStore}), and a
 * daemon thread hands each id to the subscribers. Notifications from this workspace's own writer
 * connection are skipped. Started by the first subscription (a command line never subscribes); a
 * broken connection is opened again after 0.1 s, doubling up to 5 s, and the subscribers then hear
 * {@link StoreChanges#ANYTHING}, since changes may have been missed meanwhile.
 */
final class PostgresChangeListener implements StoreChanges, AutoCloseable {
    static final String CHANNEL = "bellwether_changes";
    static final String APPLICATION_NAME = "bellwether-changes";
    private static final int WAIT_MILLIS = 250;
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long LAST_BACKOFF_MILLIS = 5_000;

    private final PostgresConnections connections;
    private final IntSupplier ownWriter;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private Thread thread;
    private volatile boolean closed;

    /** @param ownWriter the backend process id of this workspace's writer connection (its own commits) */
    PostgresChangeListener(PostgresConnections connections, IntSupplier ownWriter) {
        this.connections = connections;
        this.ownWriter = ownWriter;
    }

    @Override
    public Subscription subscribe(Consumer<String> listener) {
        listeners.add(listener);
        synchronized (this) {
            if (thread == null && !closed) {
                thread = new Thread(this::listen, "bellwether-store-changes");
                thread.setDaemon(true);
                thread.start();
            }
        }
        return () -> listeners.remove(listener);
    }

    private void listen() {
        long backoff = FIRST_BACKOFF_MILLIS;
        boolean missed = false;
        while (!closed) {
            try (Connection connection = connections.openAutoCommit(APPLICATION_NAME)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                backoff = FIRST_BACKOFF_MILLIS;
                if (missed) {
                    missed = false;
                    tell(ANYTHING);
                }
                PGConnection listening = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] heard = listening.getNotifications(WAIT_MILLIS);
                    for (PGNotification notification : heard == null ? new PGNotification[0] : heard) {
                        if (notification.getPID() != ownWriter.getAsInt()) {
                            for (String id : notification.getParameter().split(",")) {
                                tell(id);
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException broken) {
                missed = true;
                if (!pause(backoff)) {
                    return;
                }
                backoff = Math.min(backoff * 2, LAST_BACKOFF_MILLIS);
            }
        }
    }

    private void tell(String id) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(id);
            } catch (RuntimeException e) {
                // one subscriber's failure must not stop the others hearing changes
            }
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Stops listening; waits a second at most for the thread. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
        }
        listeners.clear();
        if (running != null) {
            running.interrupt();
            try {
                running.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
