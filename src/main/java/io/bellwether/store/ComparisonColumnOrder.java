package io.bellwether.store;

import io.bellwether.domain.ShadowComparisonColumns;
import java.util.Arrays;
import java.util.stream.IntStream;

/** Puts comparison columns read in key order into time order (stable), trimming them to {@code n}. */
final class ComparisonColumnOrder {
    private ComparisonColumnOrder() {
    }

    static ShadowComparisonColumns oldestFirst(int n, double[] times, double[] primary, double[] shadow,
                                               boolean[] agreement) {
        if (isSorted(times, n)) {
            return new ShadowComparisonColumns(trim(times, n), trim(primary, n), trim(shadow, n),
                    agreement.length == n ? agreement : Arrays.copyOf(agreement, n));
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted((a, b) -> Double.compare(times[a], times[b]))
                .mapToInt(Integer::intValue).toArray();
        double[] sortedTimes = new double[n];
        double[] sortedPrimary = new double[n];
        double[] sortedShadow = new double[n];
        boolean[] sortedAgreement = new boolean[n];
        for (int i = 0; i < n; i++) {
            int from = order[i];
            sortedTimes[i] = times[from];
            sortedPrimary[i] = primary[from];
            sortedShadow[i] = shadow[from];
            sortedAgreement[i] = agreement[from];
        }
        return new ShadowComparisonColumns(sortedTimes, sortedPrimary, sortedShadow, sortedAgreement);
    }

    private static boolean isSorted(double[] values, int n) {
        for (int i = 1; i < n; i++) {
            if (values[i] < values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static double[] trim(double[] values, int n) {
        return values.length == n ? values : Arrays.copyOf(values, n);
    }
}
