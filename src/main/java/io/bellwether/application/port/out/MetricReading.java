package io.bellwether.application.port.out;

/**
 * One metric's query and what came back: a value (which may be NaN or infinite, as Prometheus sends it)
 * or a failure saying what was received instead (no series, several series, an HTTP status, a timeout…).
 */
public record MetricReading(String metric, String query, double value, String failure) {

    public static MetricReading value(String metric, String query, double value) {
        return new MetricReading(metric, query, value, null);
    }

    public static MetricReading failed(String metric, String query, String failure) {
        return new MetricReading(metric, query, Double.NaN, failure);
    }

    /** A value the engine may judge: received and finite. */
    public boolean usable() {
        return failure == null && Double.isFinite(value);
    }

    /** "metric: query `q` what came back", for a health check message. */
    public String problem() {
        String got = failure != null ? failure : "returned " + value;
        return metric + ": query `" + query + "` " + got;
    }
}
