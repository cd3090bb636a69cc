package io.bellwether.ui.shadow;

/** One statistic of both models' latencies, in seconds, side by side. */
public record LatencyRow(String statistic, double primary, double shadow) {

    /** shadow / primary; NaN when the primary is 0. */
    public double ratio() {
        return primary > 0 ? shadow / primary : Double.NaN;
    }
}
