package io.bellwether.ui.health;

import io.bellwether.application.port.in.SampledHistory;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.ui.common.ChartData;
import io.bellwether.ui.common.DisplayFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the health charts draw, x in epoch seconds: either the stored health checks or the series a bound
 * deployment's Prometheus answered, with a sentence naming the source (and, for a live source that failed
 * or came back empty, what came back: the chart then falls back to the stored checks).
 */
record HealthSeries(double[][] p50, double[][] p95, double[][] p99, double[][] errorRate, String source,
                    boolean live, boolean problem) {
    static HealthSeries stored(List<HealthCheck> checks, String source, boolean problem) {
        return new HealthSeries(of(checks, PerformanceMetrics::latencyP50), of(checks, PerformanceMetrics::latencyP95),
                of(checks, PerformanceMetrics::latencyP99), of(checks, PerformanceMetrics::errorRate), source, false,
                problem);
    }

    static HealthSeries stored(StoredChecks checks) {
        return stored(checks.newest(), checks.source(), false);
    }

    /** The live series, or the stored checks with the reason when Prometheus brought no point at all. */
    static HealthSeries live(SampledHistory history, StoredChecks stored) {
        List<HealthCheck> checks = stored.newest();
        String where = "Prometheus " + history.source();
        String fallback = " — the chart shows the " + stored.shownInChart();
        List<String> failures = history.series().stream().filter(SampledHistory.Series::failed)
                .map(s -> s.metric() + " " + s.error()).toList();
        if (!history.hasPoints()) {
            String why = !failures.isEmpty() ? failures.get(0) : history.series().isEmpty()
                    ? "the binding has no latency or error rate template"
                    : "no series for " + String.join(", ", history.series().stream().map(s -> s.metric()
                    + " (query `" + s.query() + "`)").toList()) + " between "
                    + DisplayFormats.time(history.from()) + " and " + DisplayFormats.time(history.to());
            return stored(checks, where + ": " + why + fallback, true);
        }
        String headline = history.of("latency_p95").or(() -> history.series().stream().findFirst())
                .map(s -> label(s.metric()) + " query `" + s.query() + "`").orElse("");
        int points = history.series().stream().mapToInt(s -> s.points().size()).max().orElse(0);
        String source = "Live from " + where + ": " + headline + " · every " + history.step().toSeconds()
                + " s since " + DisplayFormats.time(history.from()) + " · " + points + " points";
        List<String> missing = new ArrayList<>(failures);
        history.series().stream().filter(s -> !s.failed() && s.points().isEmpty())
                .forEach(s -> missing.add(s.metric() + " query `" + s.query() + "` returned no series"));
        return new HealthSeries(of(history, "latency_p50"), of(history, "latency_p95"), of(history, "latency_p99"),
                of(history, "error_rate"), missing.isEmpty() ? source : source + " · " + String.join("; ", missing),
                true, !missing.isEmpty());
    }

    /** The time range drawn, or an empty array when nothing is. */
    double[] span() {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (double[][] series : List.of(p50, p95, p99, errorRate)) {
            for (double x : series[0]) {
                first = Math.min(first, x);
                last = Math.max(last, x);
            }
        }
        if (first > last) {
            return new double[0];
        }
        return last > first ? new double[] {first, last} : new double[] {first - 1800, last + 1800};
    }

    private static String label(String metric) {
        return metric.startsWith("latency_") ? metric.substring("latency_".length()) : metric.replace('_', ' ');
    }

    private static double[][] of(List<HealthCheck> checks, ToDoubleFunction<PerformanceMetrics> value) {
        double[][] xy = new double[2][checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            xy[0][i] = ChartData.epochSeconds(checks.get(i).timestamp());
            xy[1][i] = value.applyAsDouble(checks.get(i).metrics());
        }
        return xy;
    }

    private static double[][] of(SampledHistory history, String metric) {
        List<SampledHistory.Point> points = history.of(metric).map(SampledHistory.Series::points).orElse(List.of())
                .stream().filter(p -> Double.isFinite(p.value())).toList();
        double[][] xy = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            xy[0][i] = ChartData.epochSeconds(points.get(i).at());
            xy[1][i] = points.get(i).value();
        }
        return xy;
    }
}
