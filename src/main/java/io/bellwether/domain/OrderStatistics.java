package io.bellwether.domain;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Distribution-free confidence intervals of a quantile from order statistics: the number of sample
 * values below the true q-quantile is Binomial(n, q), so [x(l), x(u)] (1-based ranks of the sorted
 * sample) covers it with probability P(l <= B <= u - 1) >= 95 % when l is the largest rank with
 * P(B <= l - 1) <= 2.5 % and u the smallest with P(B >= u) <= 2.5 %.
 */
final class OrderStatistics {
    private static final double TAIL = 0.025;

    private OrderStatistics() {
    }

    /** The ranks {l, u} (1-based) of the 95 % interval of the q-quantile of n values, or null when n is too small. */
    static int[] ranks(int n, double q) {
        if (n <= 0) {
            return null;
        }
        BinomialDistribution below = BinomialDistribution.of(n, q);
        int first = below.inverseCumulativeProbability(TAIL);
        int lower = below.cumulativeProbability(first) <= TAIL ? first + 1 : first;
        int upper = below.inverseCumulativeProbability(1 - TAIL) + 1;
        return lower >= 1 && upper <= n ? new int[] {lower, upper} : null;
    }

    /**
     * The 95 % interval of the q-quantile of the first n values, or null when n is too small; the
     * values are reordered in place.
     */
    static Interval interval(double[] values, int n, double q) {
        int[] ranks = ranks(n, q);
        if (ranks == null) {
            return null;
        }
        Percentiles.select(values, 0, n, ranks[0] - 1);
        double lower = values[ranks[0] - 1];
        // Everything right of rank l is no smaller than it: the upper rank is found there.
        Percentiles.select(values, ranks[0] - 1, n, ranks[1] - 1);
        return new Interval(lower, values[ranks[1] - 1]);
    }

    /** The smallest sample size for which {@link #ranks} gives an interval of the q-quantile. */
    static int minimumSize(double q) {
        int n = 1;
        while (ranks(n, q) == null) {
            n++;
        }
        return n;
    }
}
