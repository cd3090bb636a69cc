package io.bellwether.application.port.in;

import io.bellwether.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Templates for the two common instrumentations of a model server, for metrics named
 * {@code <prefix>_duration_seconds} (latency) and {@code <prefix>_errors_total} (failed requests), labelled
 * model, version and environment: a histogram ({@code _bucket} series read with histogram_quantile) or
 * a summary (quantile labels 0.5, 0.95, 0.99). Throughput, error rate and the request count come from the
 * {@code _count} series either way.
 */
public final class MetricsPresets {
    public static final String DEFAULT_PREFIX = "bellwether_request";
    static final String LABELS = "model=\"{model}\",version=\"{version}\",environment=\"{environment}\"";

    private MetricsPresets() {
    }

    public enum Preset {
        HISTOGRAM, SUMMARY;

        /** "histogram" or "summary" (any case); anything else is refused naming both. */
        public static Preset fromValue(String text) {
            for (Preset preset : values()) {
                if (preset.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return preset;
                }
            }
            throw new InvalidInputException("preset", text, "must be one of histogram, summary");
        }
    }

    public static Map<String, String> templates(Preset preset, String prefix) {
        return preset == Preset.HISTOGRAM ? histogram(prefix) : summary(prefix);
    }

    /** histogram_quantile over {@code <prefix>_duration_seconds_bucket} rates in the window. */
    public static Map<String, String> histogram(String prefix) {
        Map<String, String> t = new LinkedHashMap<>();
        for (String[] q : quantiles()) {
            t.put(q[0], "histogram_quantile(" + q[1] + ", sum by (le) (rate(" + prefix
                    + "_duration_seconds_bucket{" + LABELS + "}[{window}])))");
        }
        t.putAll(counts(prefix));
        return t;
    }

    /** The summary's own quantiles (the highest over instances). */
    public static Map<String, String> summary(String prefix) {
        Map<String, String> t = new LinkedHashMap<>();
        for (String[] q : quantiles()) {
            t.put(q[0], "max(" + prefix + "_duration_seconds{" + LABELS + ",quantile=\"" + q[1] + "\"})");
        }
        t.putAll(counts(prefix));
        return t;
    }

    private static String[][] quantiles() {
        return new String[][] {{BoundMetric.LATENCY_P50.key(), "0.5"}, {BoundMetric.LATENCY_P95.key(), "0.95"},
                {BoundMetric.LATENCY_P99.key(), "0.99"}};
    }

    private static Map<String, String> counts(String prefix) {
        String requests = prefix + "_duration_seconds_count{" + LABELS + "}";
        String rate = "sum(rate(" + requests + "[{window}]))";
        Map<String, String> t = new LinkedHashMap<>();
        t.put(BoundMetric.ERROR_RATE.key(), "(sum(rate(" + prefix + "_errors_total{" + LABELS + "}[{window}]))"
                + " or vector(0)) / " + rate);
        t.put(BoundMetric.REQUESTS_PER_SECOND.key(), rate);
        t.put(BoundMetric.REQUEST_COUNT.key(), "sum(increase(" + requests + "[{since_start}]))");
        return t;
    }
}
