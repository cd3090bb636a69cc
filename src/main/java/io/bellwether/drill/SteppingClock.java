package io.bellwether.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until told to move: scenarios use it to write history in the past. */
public final class SteppingClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public SteppingClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SteppingClock copy = new SteppingClock(now, other);
        return copy;
    }
}
