package io.bellwether.metrics;

import io.bellwether.application.port.out.MetricsBackfill.Family;
import io.bellwether.application.port.out.MetricsBackfill.Sample;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Families written as OpenMetrics text with timestamps, what {@code promtool tsdb create-blocks-from openmetrics}
 * reads: each family under its {@code # TYPE} line, each series' samples together and oldest first, label
 * values escaped, values as Java prints doubles (read back exactly), and {@code # EOF} at the end.
 */
final class OpenMetricsText {
    private OpenMetricsText() {
    }

    static String write(List<Family> families) {
        StringBuilder text = new StringBuilder();
        for (Family family : families) {
            text.append("# TYPE ").append(family.name()).append(' ')
                    .append(family.type().name().toLowerCase(Locale.ROOT)).append('\n');
            Map<String, List<Sample>> bySeries = new LinkedHashMap<>();
            for (Sample sample : family.samples()) {
                bySeries.computeIfAbsent(series(sample), s -> new ArrayList<>()).add(sample);
            }
            bySeries.forEach((series, samples) -> samples.stream().sorted(Comparator.comparing(Sample::at))
                    .forEach(s -> text.append(series).append(' ').append(value(s.value())).append(' ')
                            .append(BigDecimal.valueOf(s.at().toEpochMilli(), 3).stripTrailingZeros().toPlainString())
                            .append('\n')));
        }
        return text.append("# EOF\n").toString();
    }

    private static String series(Sample sample) {
        StringBuilder series = new StringBuilder(sample.name());
        if (!sample.labels().isEmpty()) {
            series.append('{');
            sample.labels().forEach((name, value) -> series.append(name).append("=\"").append(value.replace("\\", "\\\\")
                    .replace("\"", "\\\"").replace("\n", "\\n")).append("\","));
            series.setCharAt(series.length() - 1, '}');
        }
        return series.toString();
    }

    private static String value(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return Double.isInfinite(value) ? value > 0 ? "+Inf" : "-Inf" : Double.toString(value);
    }
}
