package io.bellwether.ui.health;

import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.ui.common.ChartData;
import io.bellwether.ui.common.ChartUnits;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The observe-mode breaches drawn on the health charts: one point series per rule, at each breaching check's time
 * on the series of the rule's metric (p95, p99 on the latency chart; the error rate rules on the error rate
 * chart), named for the legend. Custom metrics have no chart series, so only the why table counts them.
 */
final class ObservedMarkers {
    static final String COLOUR = "#e67e22";

    private ObservedMarkers() {
    }

    static List<DoubleDataSet> latency(Map<String, List<HealthCheck>> breaches) {
        List<DoubleDataSet> series = new ArrayList<>();
        add(series, breaches, RollbackPolicy.LATENCY_P95, m -> ChartUnits.millis(m.latencyP95()));
        add(series, breaches, RollbackPolicy.LATENCY_P99, m -> ChartUnits.millis(m.latencyP99()));
        return series;
    }

    static List<DoubleDataSet> errorRate(Map<String, List<HealthCheck>> breaches) {
        List<DoubleDataSet> series = new ArrayList<>();
        add(series, breaches, RollbackPolicy.ERROR_RATE_THRESHOLD, m -> ChartUnits.percent(m.errorRate()));
        add(series, breaches, RollbackPolicy.ERROR_RATE_INCREASE, m -> ChartUnits.percent(m.errorRate()));
        return series;
    }

    private static void add(List<DoubleDataSet> series, Map<String, List<HealthCheck>> breaches, String rule,
                            ToDoubleFunction<PerformanceMetrics> value) {
        List<HealthCheck> checks = breaches.get(rule);
        if (checks == null || checks.isEmpty()) {
            return;
        }
        double[] x = new double[checks.size()];
        double[] y = new double[checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            x[i] = ChartData.epochSeconds(checks.get(i).timestamp());
            y[i] = value.applyAsDouble(checks.get(i).metrics());
        }
        DoubleDataSet points = new DoubleDataSet("observed " + rule + " breach (" + checks.size() + ")");
        points.set(x, y);
        points.setStyle(DataSetStyleBuilder.newInstance().setDatasetColor(COLOUR).setMarkerColor(COLOUR)
                .setMarkerType("diamond").setMarkerSize(7).setLineWidth(0).build());
        series.add(points);
    }
}
