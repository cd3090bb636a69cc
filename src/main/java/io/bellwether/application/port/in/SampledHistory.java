package io.bellwether.application.port.in;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A bound deployment's series as its Prometheus answered them: where from, over which range and step,
 * and one series per charted metric (latency_p50/p95/p99, error_rate) in that order.
 */
public record SampledHistory(URI source, Instant from, Instant to, Duration step, List<Series> series) {
    public SampledHistory {
        series = List.copyOf(series);
    }

    /** The metric's series, if the binding has a template for it. */
    public java.util.Optional<Series> of(String metric) {
        return series.stream().filter(s -> s.metric().equals(metric)).findFirst();
    }

    /** True when at least one series brought a point. */
    public boolean hasPoints() {
        return series.stream().anyMatch(s -> !s.points().isEmpty());
    }

    /**
     * One metric's query and what came back: its points, oldest first (empty when Prometheus has no
     * series for it), or the failure ({@code error} non-null, no points).
     */
    public record Series(String metric, String query, List<Point> points, String error) {
        public Series {
            points = List.copyOf(points);
        }

        public boolean failed() {
            return error != null;
        }
    }

    /** A value Prometheus gave at a time (NaN where it computed NaN). */
    public record Point(Instant at, double value) {
    }
}
