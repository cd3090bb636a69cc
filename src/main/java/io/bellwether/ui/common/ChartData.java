package io.bellwether.ui.common;

import io.fair_acc.dataset.spi.DoubleDataSet;

/** Fills ChartFX data sets in bulk under their write lock: safe from the worker thread. */
public final class ChartData {
    private ChartData() {
    }

    public static void fill(DoubleDataSet dataSet, double[] x, double[] y) {
        dataSet.lock().writeLockGuard(() -> dataSet.set(x, y, Math.min(x.length, y.length), true));
    }

    public static void fill(DoubleDataSet dataSet, double[] x, double[] y, int count) {
        dataSet.lock().writeLockGuard(() -> dataSet.set(x, y, count, true));
    }

    public static void clear(DoubleDataSet dataSet) {
        dataSet.lock().writeLockGuard(() -> dataSet.clearData());
    }

    /** Seconds since the epoch, as ChartFX time axes expect. */
    public static double epochSeconds(java.time.Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
}
