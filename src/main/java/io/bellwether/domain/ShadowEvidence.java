package io.bellwether.domain;

import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * How sure a shadow's comparisons make the guide's verdict (which stays the decision). Latencies in
 * seconds; a figure the sample is too small for is null.
 *
 * @param agreement            95 % Wilson score interval of the agreement rate
 * @param medianDifference     median of the paired differences shadow − primary (numpy's linear median)
 * @param medianInterval       95 % distribution-free interval of that median (order statistics, sign-test ranks)
 * @param wilcoxonP            two-sided Wilcoxon signed-rank p-value of the differences (commons-statistics
 *                             defaults: exact below 50 pairs without ties or zeros, else the normal approximation),
 *                             on {@code wilcoxonPairs} pairs: all of them up to {@link #WILCOXON_MAX}, an evenly
 *                             strided subset of that many above (commons ranks with objects: a million pairs take seconds)
 * @param primaryP95           the primary's p95, as the guide's report computes it
 * @param p95Interval          95 % order-statistic interval of the primary's p95
 */
public record ShadowEvidence(long comparisons, long agreements, Interval agreement, Double medianDifference,
                             Interval medianInterval, Double wilcoxonP, int wilcoxonPairs, Double primaryP95,
                             Interval p95Interval) {

    public static final ShadowEvidence NONE = new ShadowEvidence(0, 0, null, null, null, null, 0, null, null);
    /** The most pairs the Wilcoxon test ranks. */
    public static final int WILCOXON_MAX = 100_000;

    /** Comparisons needed before the median's 95 % interval exists (6). */
    public static final int MEDIAN_MINIMUM = OrderStatistics.minimumSize(0.5);
    /** Comparisons needed before the p95's 95 % interval exists (72). */
    public static final int P95_MINIMUM = OrderStatistics.minimumSize(0.95);

    public double agreementRate() {
        return comparisons == 0 ? Double.NaN : (double) agreements / comparisons;
    }

    /**
     * The smallest change of the p95 this sample can tell from noise: the larger distance from the
     * primary's p95 to an end of its 95 % interval, in seconds; null below {@link #P95_MINIMUM} comparisons.
     */
    public Double detectableP95Change() {
        return p95Interval == null ? null
                : Math.max(primaryP95 - p95Interval.lower(), p95Interval.upper() - primaryP95);
    }

    /** {@link #detectableP95Change()} as a fraction of the primary's p95 (null when that p95 is 0). */
    public Double detectableP95Ratio() {
        Double change = detectableP95Change();
        return change == null || primaryP95 <= 0 ? null : change / primaryP95;
    }

    public static ShadowEvidence of(ShadowComparisonColumns columns) {
        return of(columns.primaryLatency(), columns.shadowLatency(), columns.agreement(), columns.size());
    }

    /** From the first n values of the columns, which are left as they are (two n-long arrays are allocated). */
    public static ShadowEvidence of(double[] primary, double[] shadow, boolean[] agreed, int n) {
        if (n < 0 || n > primary.length || n > shadow.length || n > agreed.length) {
            throw new InvalidInputException("comparison count", n, "must be within the columns");
        }
        if (n == 0) {
            return NONE;
        }
        long agreements = 0;
        double[] differences = new double[n];
        double[] primaryCopy = new double[n];
        for (int i = 0; i < n; i++) {
            agreements += agreed[i] ? 1 : 0;
            differences[i] = shadow[i] - primary[i];
            primaryCopy[i] = primary[i];
        }
        double[] tested = strided(differences, WILCOXON_MAX);
        Double p = wilcoxon(tested);
        double median = Percentiles.linear(differences, n, 0.5)[0];
        Interval medianInterval = OrderStatistics.interval(differences, n, 0.5);
        double p95 = Percentiles.linear(primaryCopy, n, 0.95)[0];
        Interval p95Interval = OrderStatistics.interval(primaryCopy, n, 0.95);
        return new ShadowEvidence(n, agreements, Interval.wilson(agreements, n), median, medianInterval, p,
                tested.length, p95, p95Interval);
    }

    /** All the values when there are at most {@code max}, else {@code max} of them evenly spaced (a copy either way). */
    static double[] strided(double[] values, int max) {
        int n = values.length;
        if (n <= max) {
            return values.clone();
        }
        double[] subset = new double[max];
        for (int k = 0; k < max; k++) {
            subset[k] = values[(int) ((long) k * n / max)];
        }
        return subset;
    }

    /** Null when no difference is non-zero (nothing to rank) or the test refuses the sample. */
    private static Double wilcoxon(double[] differences) {
        boolean anyNonZero = false;
        for (double d : differences) {
            if (d != 0) {
                anyNonZero = true;
                break;
            }
        }
        if (!anyNonZero) {
            return null;
        }
        try {
            double p = WilcoxonSignedRankTest.withDefaults().test(differences).getPValue();
            return Double.isFinite(p) ? p : null;
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }
}
