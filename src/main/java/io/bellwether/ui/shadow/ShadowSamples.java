package io.bellwether.ui.shadow;

import io.bellwether.domain.ShadowComparison;
import java.util.List;

/**
 * The comparisons of one shadow deployment as parallel primitive columns, oldest first:
 * time in epoch seconds, latencies in seconds, agreement. Columns may be longer than {@code size}.
 */
public record ShadowSamples(int size, double[] times, double[] primary, double[] shadow, boolean[] agreement) {

    public ShadowSamples {
        if (size < 0 || times.length < size || primary.length < size || shadow.length < size || agreement.length < size) {
            throw new IllegalArgumentException("shadow sample columns shorter than size " + size);
        }
    }

    public static ShadowSamples of(List<ShadowComparison> comparisons) {
        int n = comparisons.size();
        double[] times = new double[n];
        double[] primary = new double[n];
        double[] shadow = new double[n];
        boolean[] agreement = new boolean[n];
        for (int i = 0; i < n; i++) {
            ShadowComparison comparison = comparisons.get(i);
            times[i] = comparison.timestamp().getEpochSecond() + comparison.timestamp().getNano() / 1e9;
            primary[i] = comparison.primaryLatency();
            shadow[i] = comparison.shadowLatency();
            agreement[i] = comparison.agreement();
        }
        return new ShadowSamples(n, times, primary, shadow, agreement);
    }
}
