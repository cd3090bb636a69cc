package io.bellwether.domain;

/**
 * The guide's compare_shadow_deployment report. For no comparisons: total 0, agreement 0.0,
 * average latency difference 0.0 and null latency summaries, as the reference. A mean whose sum
 * overflows is infinite, as numpy's.
 */
public record ShadowReport(long totalRequests, double agreementRate, LatencySummary primaryLatency,
                           LatencySummary shadowLatency, Double averageLatencyDiff) {

    public static final ShadowReport EMPTY = new ShadowReport(0, 0.0, null, null, 0.0);

    private static final double[] QUANTILES = {0.50, 0.95, 0.99};

    public boolean isEmpty() {
        return totalRequests == 0;
    }

    /** The report of a shadow deployment's comparisons; the columns are left as they are. */
    public static ShadowReport of(ShadowComparisonColumns columns) {
        long agreements = 0;
        for (boolean agreed : columns.agreement()) {
            if (agreed) {
                agreements++;
            }
        }
        return compute(columns.primaryLatency().clone(), columns.shadowLatency().clone(), agreements);
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
        double difference = shadow.mean() - primary.mean();
        if (Double.isNaN(difference)) {
            difference = meanDifference(shadowLatencies, primaryLatencies, count);
        }
        return new ShadowReport(count, (double) agreements / count, primary, shadow, difference);
    }

    /** Both means overflowed: the mean of the per-request differences, finite or infinite but never NaN. */
    private static double meanDifference(double[] shadow, double[] primary, int count) {
        double[] differences = new double[count];
        for (int i = 0; i < count; i++) {
            differences[i] = shadow[i] - primary[i];
        }
        return sum(differences, count) / count;
    }

    private static LatencySummary summarize(String field, double[] values, int count) {
        double mean = mean(field, values, count);
        double[] p = Percentiles.linear(values, count, QUANTILES);
        return new LatencySummary(mean, p[0], p[1], p[2]);
    }

    /**
     * Compensated (Neumaier) mean; checks every value is a finite, non-negative latency. A sum
     * that overflows gives an infinite mean, as numpy's (never the NaN of infinity minus infinity).
     */
    private static double mean(String field, double[] values, int count) {
        for (int i = 0; i < count; i++) {
            double v = values[i];
            if (!(v >= 0 && v <= Double.MAX_VALUE)) {
                throw new InvalidInputException(field + "[" + i + "]", v, "must be a finite, non-negative latency");
            }
        }
        return sum(values, count) / count;
    }

    /** Neumaier's compensated sum of finite values; infinite when it overflows. */
    private static double sum(double[] values, int count) {
        double sum = 0;
        double compensation = 0;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return Double.isInfinite(sum) ? sum : sum + compensation;
    }
}
