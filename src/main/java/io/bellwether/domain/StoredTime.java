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

    /** The last stored time before {@code until}: a check is before {@code until} exactly when it is at or before this. */
    public static Instant lastBefore(Instant until) {
        Instant micros = until.truncatedTo(ChronoUnit.MICROS);
        return (micros.equals(until) ? micros : micros.plus(1, ChronoUnit.MICROS)).minus(1, ChronoUnit.MICROS);
    }

    /** The first stored time after {@code at}: a check is after {@code at} exactly when it is at or after this. */
    public static Instant firstAfter(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
    }
}
