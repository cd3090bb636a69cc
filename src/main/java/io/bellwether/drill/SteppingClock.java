package io.bellwether.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that stands still until told to move: scenarios use it to write history in the past.
 * Once {@link #follow(Clock) following} another clock, it tells that clock's time.
 */
public final class SteppingClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;
    private volatile Clock followed;

    public SteppingClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** From now on tells {@code live}'s time (e.g. the system clock once the history is written). */
    public void follow(Clock live) {
        followed = live;
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public Instant instant() {
        Clock live = followed;
        return live == null ? now : live.instant();
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
