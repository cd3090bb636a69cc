package io.bellwether.domain;

/**
 * The guide's compare_shadow_deployment report. For no comparisons: total 0, agreement 0.0 and
 * null latency summaries and difference, as the reference returns only the first two keys.
 */
public record ShadowReport(long totalRequests, double agreementRate, LatencySummary primaryLatency,
                           LatencySummary shadowLatency, Double averageLatencyDiff) {

    /**
     * Builds the report from the two latency columns (same length) and the number of agreeing
     * requests. The arrays may be reordered in place.
     */
    public static ShadowReport compute(double[] primaryLatencies, double[] shadowLatencies, long agreements) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
