package io.bellwether.ui.shell;

import java.time.Duration;
import java.time.Instant;

/**
 * What the console knows of a bound deployment's live metrics: when it was first asked for them, when a
 * sample last brought data (null until one did; an UNKNOWN sample brings none) and the deployment's check
 * interval. A sample older than two intervals (or none for two intervals) is stale.
 */
public record LiveSample(Instant firstAsked, Instant latest, Duration interval) {

    public Duration age(Instant now) {
        Duration age = Duration.between(latest != null ? latest : firstAsked, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    public boolean stale(Instant now) {
        return age(now).compareTo(interval.multipliedBy(2)) > 0;
    }

    /** "sampled 12 s ago", "sampled 3 min ago", or "no sample yet (asked 40 s ago)". */
    public String describe(Instant now) {
        String ago = ago(age(now));
        return latest != null ? "sampled " + ago + " ago" : "no sample yet (asked " + ago + " ago)";
    }

    private static String ago(Duration age) {
        long seconds = age.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        return seconds < 2 * 3600 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }

    /** The same deployment after a round that asked at {@code at}; {@code brought} when data came back. */
    LiveSample after(Instant at, boolean brought, Duration newInterval) {
        return new LiveSample(firstAsked, brought ? at : latest, newInterval);
    }
}
