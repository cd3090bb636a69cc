package io.bellwether.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Times are stored to the microsecond, and PostgreSQL rounds a finer bound to it: a time range asked of the
 * store is exact on both engines when its bounds are stored times, which these give.
 */
public final class StoredTime {
    private StoredTime() {
    }

    /** The first stored time at or after {@code at}: the earliest a check at or after {@code at} can be. */
    public static Instant atOrAfter(Instant at) {
        Instant micros = at.truncatedTo(ChronoUnit.MICROS);
        return micros.equals(at) ? at : micros.plus(1, ChronoUnit.MICROS);
    }

    /** The last stored time at or before {@code at}: the latest a check at or before {@code at} can be. */
    public static Instant atOrBefore(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The last stored time before {@code until}: a check is before {@code until} exactly when it is at or before this. */
    public static Instant lastBefore(Instant until) {
        return atOrAfter(until).minus(1, ChronoUnit.MICROS);
    }

    /** The first stored time after {@code at}: a check is after {@code at} exactly when it is at or after this. */
    public static Instant firstAfter(Instant at) {
        return atOrBefore(at).plus(1, ChronoUnit.MICROS);
    }
}
