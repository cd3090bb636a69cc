package io.bellwether.ui.drill;

import java.time.Duration;

/**
 * Calls a tick repeatedly in real time. The drill window passes one built on a JavaFX Timeline
 * (ticks on the FX thread); view-model tests pass a recording one and call tick() by hand.
 */
public interface TickScheduler {
    /** Starts calling {@code tick} every {@code period}, replacing any earlier schedule. */
    void start(Duration period, Runnable tick);

    void stop();
}
