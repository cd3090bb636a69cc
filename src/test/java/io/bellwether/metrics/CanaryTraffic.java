package io.bellwether.metrics;

import io.bellwether.domain.PerformanceMetrics;
import java.time.Duration;
import java.time.Instant;

/**
 * The traffic of one model version, written as the metrics a model server exports: a latency histogram
 * {@code bellwether_request_duration_seconds} and a counter {@code bellwether_request_errors_total},
 * labelled model, version and environment. The rate is constant and latencies are uniform within each
 * bucket, so the true percentiles, error rate and counts are known exactly ({@link #truth}); the error
 * fraction may change at {@code burstFrom}.
 */
public record CanaryTraffic(String model, String version, double requestsPerSecond, double[] cumulative,
                     double errorFraction, Instant burstFrom, double burstErrorFraction) {
    public static final double[] BUCKETS = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, Double.POSITIVE_INFINITY};
    public static final double[] NORMAL = {0.10, 0.40, 0.85, 0.97, 0.995, 1.0, 1.0, 1.0};
    public static final double[] SLOW = {0.02, 0.10, 0.40, 0.80, 0.93, 0.985, 1.0, 1.0};

    public static CanaryTraffic steady(String model, String version, double[] cumulative, double errorFraction) {
        return new CanaryTraffic(model, version, 200, cumulative, errorFraction, null, errorFraction);
    }

    public String labels() {
        return "model=\"" + model + "\",version=\"" + version + "\",environment=\"production\"";
    }

    public double requests(Instant from, Instant at) {
        return requestsPerSecond * Duration.between(from, at).toSeconds();
    }

    public double errors(Instant from, Instant at) {
        if (burstFrom == null || !at.isAfter(burstFrom)) {
            return requests(from, at) * errorFraction;
        }
        return requests(from, burstFrom) * errorFraction + requests(burstFrom, at) * burstErrorFraction;
    }

    /** The histogram's samples at {@code at}, counted from {@code from}, in OpenMetrics text with a timestamp. */
    public void histogramAt(StringBuilder out, Instant from, Instant at) {
        double count = requests(from, at);
        for (int i = 0; i < BUCKETS.length; i++) {
            String le = Double.isInfinite(BUCKETS[i]) ? "+Inf" : String.valueOf(BUCKETS[i]);
            sample(out, "bellwether_request_duration_seconds_bucket{" + labels() + ",le=\"" + le + "\"}",
                    Math.round(count * cumulative[i]), at);
        }
        sample(out, "bellwether_request_duration_seconds_count{" + labels() + "}", Math.round(count), at);
        sample(out, "bellwether_request_duration_seconds_sum{" + labels() + "}", Math.round(count * 0.05), at);
    }

    public void errorsAt(StringBuilder out, Instant from, Instant at) {
        sample(out, "bellwether_request_errors_total{" + labels() + "}", Math.round(errors(from, at)), at);
    }

    private static void sample(StringBuilder out, String series, long value, Instant at) {
        out.append(series).append(' ').append(value);
        if (at != null) {
            out.append(' ').append(at.getEpochSecond());
        }
        out.append('\n');
    }

    /** What the version really did in the window ending at {@code at}. */
    public PerformanceMetrics truth(Instant at, Duration window) {
        double requests = requests(at.minus(window), at);
        double errorRate = (errors(Instant.EPOCH, at) - errors(Instant.EPOCH, at.minus(window))) / requests;
        return new PerformanceMetrics(quantile(0.5), quantile(0.95), quantile(0.99), errorRate, requestsPerSecond);
    }

    /** The quantile of latencies uniform within each bucket (what histogram_quantile assumes). */
    public double quantile(double q) {
        double below = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (cumulative[i] >= q) {
                double lower = i == 0 ? 0 : BUCKETS[i - 1];
                return lower + (BUCKETS[i] - lower) * (q - below) / (cumulative[i] - below);
            }
            below = cumulative[i];
        }
        throw new IllegalArgumentException("no bucket holds quantile " + q);
    }
}
