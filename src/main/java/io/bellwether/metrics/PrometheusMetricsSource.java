package io.bellwether.metrics;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.out.MetricReading;
import io.bellwether.application.port.out.MetricsSource;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * The {@link MetricsSource} over the Prometheus HTTP API: {@code /api/v1/query} with an explicit
 * {@code time} for a sample (a binding's queries sent together), {@code /api/v1/query_range} for history.
 * Each call waits at most the binding's timeout (plus a second for reading the body).
 */
public final class PrometheusMetricsSource implements MetricsSource {
    private static final Duration READ_SLACK = Duration.ofSeconds(1);

    private final PrometheusHttp http;

    /** @param environment resolves the bindings' {@code ${env:NAME}} credential references */
    public PrometheusMetricsSource(UnaryOperator<String> environment) {
        this(PrometheusHttp.newClient(), environment);
    }

    PrometheusMetricsSource(HttpClient client, UnaryOperator<String> environment) {
        this.http = new PrometheusHttp(client, environment);
    }

    @Override
    public Map<String, MetricReading> sample(MetricsBinding binding, Map<String, String> queries, Instant at) {
        Map<String, CompletableFuture<String>> sent = new LinkedHashMap<>();
        queries.forEach((metric, query) -> sent.put(metric, http.get(binding, "query",
                Map.of("query", query, "time", seconds(at), "timeout", binding.timeout().toMillis() + "ms"))));
        long deadline = System.nanoTime() + binding.timeout().plus(READ_SLACK).toNanos();
        Map<String, MetricReading> readings = new LinkedHashMap<>();
        sent.forEach((metric, response) -> {
            String query = queries.get(metric);
            try {
                double value = PrometheusResponse.instantValue(await(response, deadline, binding));
                readings.put(metric, MetricReading.value(metric, query, value));
            } catch (PrometheusHttp.Failure failure) {
                readings.put(metric, MetricReading.failed(metric, query, failure.getMessage()));
            }
        });
        return readings;
    }

    @Override
    public List<Point> history(MetricsBinding binding, String query, Instant from, Instant to, Duration step) {
        try {
            long deadline = System.nanoTime() + binding.timeout().plus(READ_SLACK).toNanos();
            String body = await(http.get(binding, "query_range", Map.of("query", query, "start", seconds(from),
                    "end", seconds(to), "step", BigDecimal.valueOf(step.toMillis(), 3).toPlainString())),
                    deadline, binding);
            return PrometheusResponse.rangePoints(body);
        } catch (PrometheusHttp.Failure failure) {
            throw new QueryFailedException("query `" + query + "` " + failure.getMessage());
        }
    }

    private static String await(CompletableFuture<String> response, long deadline, MetricsBinding binding) {
        try {
            return response.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new PrometheusHttp.Failure("timed out after " + binding.timeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof PrometheusHttp.Failure f ? f
                    : new PrometheusHttp.Failure("failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.cancel(true);
            throw new PrometheusHttp.Failure("was interrupted before Prometheus answered");
        }
    }

    /** Seconds since the epoch with milliseconds, as the API takes a time. */
    static String seconds(Instant at) {
        return BigDecimal.valueOf(at.toEpochMilli(), 3).toPlainString();
    }
}
