package io.bellwether.cli.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Lets a long-running command end cleanly on SIGINT or SIGTERM: a shutdown hook asks it to stop, wakes it
 * only while it sleeps between rounds (a round under way finishes, so no query is cut into a false UNKNOWN),
 * waits (bounded) until the command has closed its workspace, and then ends the JVM with the command's own
 * exit code. Closing it removes the hook.
 */
final class StopOnSignal implements AutoCloseable {
    static final Duration FINISH_WITHIN = Duration.ofSeconds(30);

    private final Thread worker = Thread.currentThread();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private final IntSupplier exitCode;
    private boolean stopRequested;
    private boolean sleeping;

    private StopOnSignal(IntSupplier exitCode) {
        this.exitCode = exitCode;
        this.hook = new Thread(this::stopAndWait, "bellwether-watch-stop");
    }

    /** @param exitCode the code the JVM ends with when a signal stopped the command */
    static StopOnSignal install(IntSupplier exitCode) {
        StopOnSignal stop = new StopOnSignal(exitCode);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    synchronized boolean stopRequested() {
        return stopRequested;
    }

    /** Sleeps until {@code wake}; false when asked to stop first. */
    boolean sleepUntil(Instant wake) {
        synchronized (this) {
            if (stopRequested) {
                return false;
            }
            sleeping = true;
        }
        try {
            long nanos = Duration.between(Instant.now(), wake).toNanos();
            if (nanos > 0) {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(nanos) + 1); // never wake before the round is due
            }
            return !stopRequested();
        } catch (InterruptedException e) {
            return false;
        } finally {
            synchronized (this) {
                sleeping = false;
                Thread.interrupted(); // an interrupt meant for the sleep must not reach the next round's queries
            }
        }
    }

    private void stopAndWait() {
        synchronized (this) {
            stopRequested = true;
            if (sleeping) {
                worker.interrupt();
            }
        }
        try {
            if (finished.await(FINISH_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                Runtime.getRuntime().halt(exitCode.getAsInt());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it ends the JVM now that the command has finished
        }
    }
}
