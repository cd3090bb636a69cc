package io.bellwether.ui.drill;

import java.time.Duration;

/** A TickScheduler that only records what it was asked: tests call tick() themselves. */
final class RecordingTicker implements TickScheduler {
    Duration period;
    int starts;
    boolean running;

    @Override
    public void start(Duration period, Runnable tick) {
        this.period = period;
        starts++;
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }
}
