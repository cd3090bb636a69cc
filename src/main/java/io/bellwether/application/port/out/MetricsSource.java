package io.bellwether.application.port.out;

import io.bellwether.application.port.in.MetricsBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Port: a monitoring system that answers a binding's queries (the Prometheus adapter). */
public interface MetricsSource {

    /**
     * Each query (by metric) evaluated at {@code at}, one reading per metric in the same order. A query
     * that fails is a failed reading, never an exception; the whole call is bounded by the binding's timeout.
     */
    Map<String, MetricReading> sample(MetricsBinding binding, Map<String, String> queries, Instant at);

    /** One query over a time range, oldest first (an empty result is an empty list). */
    List<Point> history(MetricsBinding binding, String query, Instant from, Instant to, Duration step);

    /** A sampled value at a time. */
    record Point(Instant at, double value) {
    }

    /** A history query that failed; the message names the query and what came back. */
    class QueryFailedException extends RuntimeException {
        public QueryFailedException(String message) {
            super(message);
        }
    }
}
