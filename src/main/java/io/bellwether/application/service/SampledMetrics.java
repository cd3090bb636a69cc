package io.bellwether.application.service;

import io.bellwether.application.port.in.BoundMetric;
import io.bellwether.application.port.out.MetricReading;
import io.bellwether.application.port.out.RequestCounts;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sample turned into what the engine reads: the metrics and the request count, or, when any query
 * gave no usable value or the values do not make valid metrics, the problem naming each metric, its
 * query and what came back. Metrics without a template stay 0 ("not measured", as the guide's defaults).
 */
record SampledMetrics(PerformanceMetrics metrics, long requestCount, Map<String, Double> values, String problem) {

    static SampledMetrics of(Deployment deployment, Map<String, MetricReading> readings, Instant at) {
        Map<String, Double> values = new LinkedHashMap<>();
        readings.forEach((metric, reading) -> values.put(metric, reading.value()));
        List<String> problems = readings.values().stream().filter(r -> !r.usable()).map(MetricReading::problem)
                .toList();
        if (!problems.isEmpty()) {
            return failed(values, String.join("; ", problems));
        }
        Map<String, Double> custom = new TreeMap<>();
        values.forEach((metric, value) -> {
            if (BoundMetric.byKey(metric).isEmpty()) {
                custom.put(metric, value);
            }
        });
        PerformanceMetrics metrics;
        try {
            metrics = new PerformanceMetrics(get(values, BoundMetric.LATENCY_P50), get(values, BoundMetric.LATENCY_P95),
                    get(values, BoundMetric.LATENCY_P99), get(values, BoundMetric.ERROR_RATE),
                    get(values, BoundMetric.REQUESTS_PER_SECOND), custom);
        } catch (InvalidInputException refused) {
            String metric = refused.field().replaceFirst("^custom_metrics\\.", "");
            MetricReading reading = readings.get(metric);
            return failed(values, reading == null ? "the sampled values are not valid metrics: " + refused.getMessage()
                    : metric + ": query `" + reading.query() + "` gave a value that is refused: " + refused.getMessage());
        }
        MetricReading count = readings.get(BoundMetric.REQUEST_COUNT.key());
        if (count != null && count.value() < 0) {
            return failed(values, count.problem() + ", a negative request count");
        }
        long requests = count != null ? Math.round(count.value()) : RequestCounts.estimatedFromThroughput()
                .requestCount(DeploymentChange.of(deployment).currentMetrics(metrics).build(), at);
        return new SampledMetrics(metrics, requests, values, null);
    }

    private static SampledMetrics failed(Map<String, Double> values, String problem) {
        return new SampledMetrics(null, 0, values, problem);
    }

    private static double get(Map<String, Double> values, BoundMetric metric) {
        return values.getOrDefault(metric.key(), 0.0);
    }
}
