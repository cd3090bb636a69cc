package io.bellwether.domain;

import java.util.Arrays;

/**
 * numpy's default percentiles ({@code method="linear"}: virtual index {@code (n-1)*q}, linear
 * interpolation between the two closest ranks, numpy's {@code _lerp}), found by selection rather
 * than a full sort: each quantile narrows the range the next one searches.
 */
public final class Percentiles {
    /** Ranges at most this long are sorted instead of partitioned. */
    private static final int SMALL = 24;

    private Percentiles() {
    }

    /**
     * The linear percentiles of {@code values} at the given quantiles (fractions in [0, 1],
     * ascending). {@code values} is reordered in place and must not be empty.
     */
    public static double[] linear(double[] values, double... quantiles) {
        return linear(values, values.length, quantiles);
    }

    /** As {@link #linear(double[], double...)} over the first {@code n} elements only. */
    public static double[] linear(double[] values, int n, double... quantiles) {
        if (n <= 0 || n > values.length) {
            throw new InvalidInputException("sample size", n, "must be between 1 and " + values.length);
        }
        double[] result = new double[quantiles.length];
        int from = 0;
        double previousQuantile = 0;
        for (int i = 0; i < quantiles.length; i++) {
            double q = quantiles[i];
            if (!(q >= previousQuantile && q <= 1)) {
                throw new InvalidInputException("quantile", q, "must be in [0, 1] and not below the previous one");
            }
            previousQuantile = q;
            double index = (n - 1) * q;
            int below = (int) Math.floor(index);
            int above = Math.min(below + 1, n - 1);
            select(values, from, n, below);
            double low = values[below];
            double high = above == below ? low : minimum(values, below + 1, n, above);
            result[i] = lerp(low, high, index - below);
            from = below;
        }
        return result;
    }

    /** numpy's {@code _lerp}: from the upper end when {@code t >= 0.5}, which keeps it monotonic. */
    static double lerp(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /**
     * Moves the smallest element of {@code [from, to)} to {@code into} (which lies in that range)
     * and returns it. Used after a selection, when everything right of the selected rank is no
     * smaller than it, so the minimum is the next rank; keeping it in place lets later selections
     * start from there.
     */
    private static double minimum(double[] a, int from, int to, int into) {
        int best = from;
        for (int i = from + 1; i < to; i++) {
            if (a[i] < a[best]) {
                best = i;
            }
        }
        swap(a, best, into);
        return a[into];
    }

    /**
     * Rearranges {@code [from, to)} so that {@code a[k]} holds the value of rank k, everything
     * before it is no greater and everything after no smaller (Hoare partitioning, median-of-three
     * pivot; falls back to sorting a range that refuses to shrink).
     */
    static void select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from)));
        while (hi - lo >= SMALL) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo - 1;
            int j = hi + 1;
            while (true) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // Now [lo, j] <= pivot <= [j + 1, hi].
            if (k <= j) {
                hi = j;
            } else {
                lo = j + 1;
            }
        }
        Arrays.sort(a, lo, hi + 1);
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
