package io.bellwether.ui.common;

/** The one unit per quantity the console shows: latency in ms, error rate and traffic in %. */
public final class ChartUnits {
    public static final String LATENCY = "ms";
    public static final String SHARE = "%";

    private ChartUnits() {
    }

    public static double millis(double seconds) {
        return seconds * 1000;
    }

    public static double percent(double fraction) {
        return fraction * 100;
    }
}
