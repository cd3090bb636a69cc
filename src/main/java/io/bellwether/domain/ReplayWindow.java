package io.bellwether.domain;

import java.time.Instant;
import java.util.function.Function;

/**
 * The stretch of a deployment's health history a replay runs over: checks from {@code fromOrNull} to
 * {@code toOrNull}, both inclusive; a missing bound leaves that end open. A windowed replay starts counting
 * failed and UNKNOWN checks at the window's first check. A bound finer than the store's microseconds is
 * narrowed to the nearest stored time inside the window, so both engines hold the same checks in it.
 */
public record ReplayWindow(Instant fromOrNull, Instant toOrNull) {
    public static final ReplayWindow ALL = new ReplayWindow(null, null);

    public ReplayWindow {
        if (fromOrNull != null && toOrNull != null && fromOrNull.isAfter(toOrNull)) {
            throw new InvalidInputException("replay window", fromOrNull + " to " + toOrNull, "starts after it ends");
        }
        fromOrNull = fromOrNull == null ? null : StoredTime.atOrAfter(fromOrNull);
        toOrNull = toOrNull == null ? null : StoredTime.atOrBefore(toOrNull);
    }

    public boolean whole() {
        return fromOrNull == null && toOrNull == null;
    }

    /**
     * Whether what was recorded at {@code moment} may belong to a check after the window: the check a recorded
     * rollback or pause marks is the last one at most {@link Replay#RECORDED_SLACK} after it.
     */
    public boolean mayMarkAfter(Instant moment) {
        return toOrNull != null && moment.plus(Replay.RECORDED_SLACK).isAfter(toOrNull);
    }

    /** "" for the whole history, else e.g. " from 2026-03-14 10:00:00 to 2026-03-14 12:00:00". */
    public String describe(Function<Instant, String> time) {
        return (fromOrNull == null ? "" : " from " + time.apply(fromOrNull))
                + (toOrNull == null ? "" : " to " + time.apply(toOrNull));
    }
}
