package io.bellwether.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Two model versions' offline metrics side by side, every metric either of them has, by name. */
public record ModelComparison(ModelVersion left, ModelVersion right, List<MetricRow> rows) {

    /** One metric of both versions; a side without the metric is null, and so is the difference then. */
    public record MetricRow(String metric, Double left, Double right) {
        /** right − left, or null when either side lacks the metric. */
        public Double difference() {
            return left == null || right == null ? null : right - left;
        }
    }

    public ModelComparison {
        rows = List.copyOf(rows);
    }

    public static ModelComparison of(ModelVersion left, ModelVersion right) {
        TreeSet<String> names = new TreeSet<>(left.metrics().keySet());
        names.addAll(right.metrics().keySet());
        List<MetricRow> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new MetricRow(name, left.metrics().get(name), right.metrics().get(name)));
        }
        return new ModelComparison(left, right, rows);
    }
}
