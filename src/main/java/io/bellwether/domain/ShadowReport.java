package io.bellwether.domain;

/**
 * The guide's compare_shadow_deployment report. For no comparisons: total 0, agreement 0.0 and
 * null latency summaries and difference, as the reference returns only the first two keys.
 */
public record ShadowReport(long totalRequests, double agreementRate, LatencySummary primaryLatency,
                           LatencySummary shadowLatency, Double averageLatencyDiff) {

    public static final ShadowReport EMPTY = new ShadowReport(0, 0.0, null, null, null);

    private static final double[] QUANTILES = {0.50, 0.95, 0.99};

    public boolean isEmpty() {
        return totalRequests == 0;
    }

    /**
     * Builds the report from the two latency columns (same length) and the number of agreeing
     * requests. The arrays may be reordered in place.
     */
    public static ShadowReport compute(double[] primaryLatencies, double[] shadowLatencies, long agreements) {
        if (primaryLatencies.length != shadowLatencies.length) {
            throw new InvalidInputException("shadow_latency count", shadowLatencies.length,
                    "must equal the primary_latency count " + primaryLatencies.length);
        }
        return compute(primaryLatencies, shadowLatencies, primaryLatencies.length, agreements);
    }

    /**
     * As {@link #compute(double[], double[], long)} on the first {@code count} elements of each
     * array (which may be reordered in place).
     */
    public static ShadowReport compute(double[] primaryLatencies, double[] shadowLatencies, int count, long agreements) {
        if (count < 0 || count > primaryLatencies.length || count > shadowLatencies.length) {
            throw new InvalidInputException("comparison count", count,
                    "must be within both latency columns (" + primaryLatencies.length + " and "
                    + shadowLatencies.length + " values)");
        }
        if (agreements < 0 || agreements > count) {
            throw new InvalidInputException("agreements", agreements, "must be between 0 and " + count);
        }
        if (count == 0) {
            return EMPTY;
        }
        LatencySummary primary = summarize("primary_latency", primaryLatencies, count);
        LatencySummary shadow = summarize("shadow_latency", shadowLatencies, count);
        return new ShadowReport(count, (double) agreements / count, primary, shadow, shadow.mean() - primary.mean());
    }

    private static LatencySummary summarize(String field, double[] values, int count) {
        double mean = mean(field, values, count);
        double[] p = Percentiles.linear(values, count, QUANTILES);
        return new LatencySummary(mean, p[0], p[1], p[2]);
    }

    /** Compensated (Neumaier) mean; checks every value is a finite, non-negative latency. */
    private static double mean(String field, double[] values, int count) {
        double sum = 0;
        double compensation = 0;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            if (!(v >= 0 && v <= Double.MAX_VALUE)) {
                throw new InvalidInputException(field + "[" + i + "]", v, "must be a finite, non-negative latency");
            }
            double t = sum + v;
            compensation += Math.abs(sum) >= v ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return (sum + compensation) / count;
    }
}
