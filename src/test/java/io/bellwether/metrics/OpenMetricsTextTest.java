package io.bellwether.metrics;

import io.bellwether.application.port.out.MetricsBackfill.Family;
import io.bellwether.application.port.out.MetricsBackfill.Sample;
import io.bellwether.application.port.out.MetricsBackfill.Type;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenMetrics text promtool backfills: families typed, series together and oldest first, labels escaped. */
class OpenMetricsTextTest {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void writesEachSeriesTogetherOldestFirstWithEscapedLabels() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("model", "fraud \"v\"\\x");
        a.put("quantile", "0.5");
        Map<String, String> b = Map.of("model", "m");
        String text = OpenMetricsText.write(List.of(
                new Family("lat_seconds", Type.SUMMARY, List.of(
                        new Sample("lat_seconds", a, 0.035, T0.plusSeconds(600)),
                        new Sample("lat_seconds_count", b, 12.0, T0.plusMillis(1500)),
                        new Sample("lat_seconds", a, 1.0E-4, T0))),
                new Family("errors", Type.COUNTER, List.of(new Sample("errors_total", b, Double.NaN, T0)))));

        long t0 = T0.getEpochSecond();
        assertThat(text).isEqualTo("# TYPE lat_seconds summary\n"
                + "lat_seconds{model=\"fraud \\\"v\\\"\\\\x\",quantile=\"0.5\"} 1.0E-4 " + t0 + "\n"
                + "lat_seconds{model=\"fraud \\\"v\\\"\\\\x\",quantile=\"0.5\"} 0.035 " + (t0 + 600) + "\n"
                + "lat_seconds_count{model=\"m\"} 12.0 " + (t0 + 1) + ".5\n"
                + "# TYPE errors counter\n"
                + "errors_total{model=\"m\"} NaN " + t0 + "\n"
                + "# EOF\n");
    }
}
