package io.bellwether.ui.shadow;

import io.bellwether.domain.ShadowComparisonColumns;

/**
 * What the shadow charts draw, computed from the comparison columns in one or two linear passes (run on
 * the worker): agreement rate per time bucket, latency histograms of both models on shared bins,
 * and an evenly strided subset of the primary/shadow pairs, ordered by primary latency, for the scatter.
 */
public record ShadowAnalysis(Series agreementOverTime, Series primaryHistogram, Series shadowHistogram,
                             Series scatter, double histogramMax, long slowerThanHistogram) {

    /** x and y columns of a chart series (same length). */
    public record Series(double[] x, double[] y) {
        public int size() {
            return x.length;
        }
    }

    public static final int TIME_BUCKETS = 120;
    public static final int HISTOGRAM_BINS = 80;
    public static final int SCATTER_POINTS = 50_000;

    /**
     * @param histogramMax upper edge of the histogram bins in seconds (e.g. 1.25 × the larger p99);
     *                     slower requests are counted in {@code slowerThanHistogram}, not drawn
     */
    public static ShadowAnalysis of(ShadowComparisonColumns samples, double histogramMax) {
        double max = histogramMax > 0 && Double.isFinite(histogramMax) ? histogramMax : maxLatency(samples);
        return new ShadowAnalysis(agreement(samples), histogram(samples.primaryLatency(), samples.size(), max),
                histogram(samples.shadowLatency(), samples.size(), max), scatter(samples), max,
                slower(samples, max));
    }

    static Series agreement(ShadowComparisonColumns samples) {
        int n = samples.size();
        if (n == 0) {
            return new Series(new double[0], new double[0]);
        }
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            first = Math.min(first, samples.epochSeconds()[i]);
            last = Math.max(last, samples.epochSeconds()[i]);
        }
        int buckets = last > first ? Math.min(TIME_BUCKETS, n) : 1;
        double width = last > first ? (last - first) / buckets : 1;
        long[] total = new long[buckets];
        long[] agreeing = new long[buckets];
        for (int i = 0; i < n; i++) {
            int bucket = Math.min(buckets - 1, (int) ((samples.epochSeconds()[i] - first) / width));
            total[bucket]++;
            if (samples.agreement()[i]) {
                agreeing[bucket]++;
            }
        }
        int filled = 0;
        for (long count : total) {
            filled += count > 0 ? 1 : 0;
        }
        double[] x = new double[filled];
        double[] y = new double[filled];
        for (int b = 0, k = 0; b < buckets; b++) {
            if (total[b] > 0) {
                x[k] = first + (b + 0.5) * width;
                y[k] = 100.0 * agreeing[b] / total[b];
                k++;
            }
        }
        return new Series(x, y);
    }

    static Series histogram(double[] latencies, int n, double max) {
        double width = max / HISTOGRAM_BINS;
        double[] counts = new double[HISTOGRAM_BINS];
        for (int i = 0; i < n; i++) {
            double value = latencies[i];
            if (value <= max) {
                counts[Math.min(HISTOGRAM_BINS - 1, (int) (value / width))]++;
            }
        }
        double[] centres = new double[HISTOGRAM_BINS];
        for (int b = 0; b < HISTOGRAM_BINS; b++) {
            centres[b] = (b + 0.5) * width;
        }
        return new Series(centres, counts);
    }

    /** An evenly strided subset, ordered by primary latency so the renderer's point reduction holds. */
    static Series scatter(ShadowComparisonColumns samples) {
        int n = samples.size();
        int points = Math.min(n, SCATTER_POINTS);
        Integer[] order = new Integer[points];
        for (int k = 0; k < points; k++) {
            order[k] = (int) ((long) k * n / points);
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> samples.primaryLatency()[i]));
        double[] x = new double[points];
        double[] y = new double[points];
        for (int k = 0; k < points; k++) {
            x[k] = samples.primaryLatency()[order[k]];
            y[k] = samples.shadowLatency()[order[k]];
        }
        return new Series(x, y);
    }

    private static long slower(ShadowComparisonColumns samples, double max) {
        long count = 0;
        for (int i = 0; i < samples.size(); i++) {
            count += (samples.primaryLatency()[i] > max ? 1 : 0) + (samples.shadowLatency()[i] > max ? 1 : 0);
        }
        return count;
    }

    private static double maxLatency(ShadowComparisonColumns samples) {
        double max = 0;
        for (int i = 0; i < samples.size(); i++) {
            max = Math.max(max, Math.max(samples.primaryLatency()[i], samples.shadowLatency()[i]));
        }
        return max > 0 ? max : 1;
    }
}
