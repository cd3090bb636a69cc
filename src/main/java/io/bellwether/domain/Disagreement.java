package io.bellwether.domain;

import java.time.Instant;

/**
 * One comparison whose models disagreed, as the disagreement browser shows it: its number in the
 * shadow (from 0, in the order recorded), its time, both result JSON texts (null when not recorded)
 * and both latencies in seconds.
 */
public record Disagreement(long comparisonNo, Instant timestamp, String primaryResultJson, String shadowResultJson,
                           double primaryLatency, double shadowLatency) {

    /** Shadow minus primary latency, in seconds: positive when the shadow was slower. */
    public double latencyDifference() {
        return shadowLatency - primaryLatency;
    }
}
