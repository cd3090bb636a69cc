package io.bellwether.drill;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.out.MetricsBackfill.Family;
import io.bellwether.application.port.out.MetricsBackfill.Sample;
import io.bellwether.application.port.out.MetricsBackfill.Type;
import io.bellwether.domain.PerformanceMetrics;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A drill's windows as a model server instrumented for the summary preset exports them, labelled with the
 * drill's model, version and environment: the latency quantiles at each measured window's end, the request
 * and error counters at every window boundary (unchanged over a window without data, whose latency queries
 * then come back empty), and each custom metric as a gauge. The counters carry the simulator's numbers
 * exactly (the error counter grows by error rate × requests, so it may be fractional), and each window's
 * samples sit on its boundaries, so a rate over the window is the window's own rate.
 */
final class PrometheusTraffic {
    static final MetricsPresets.Preset PRESET = MetricsPresets.Preset.SUMMARY;
    static final String PREFIX = MetricsPresets.DEFAULT_PREFIX;
    static final String ENVIRONMENT = "drill";
    static final String LATENCY = PREFIX + "_duration_seconds";
    static final String ERRORS = PREFIX + "_errors";
    static final String CUSTOM = PREFIX + "_custom_metric";
    private static final String LABELS = "model=\"{model}\",version=\"{version}\",environment=\"{environment}\"";

    private PrometheusTraffic() {
    }

    static List<Family> families(DrillScenario scenario, List<WindowResult> windows) {
        Map<String, String> labels = Map.of("model", scenario.modelName(), "version", scenario.modelVersion(),
                "environment", ENVIRONMENT);
        List<Sample> latency = new ArrayList<>();
        List<Sample> errors = new ArrayList<>();
        List<Sample> custom = new ArrayList<>();
        double requests = 0;
        double failed = 0;
        latency.add(new Sample(LATENCY + "_count", labels, 0, scenario.start()));
        errors.add(new Sample(ERRORS + "_total", labels, 0, scenario.start()));
        for (WindowResult window : windows) {
            PerformanceMetrics m = window.metrics();
            Instant at = window.to();
            if (m != null) {
                latency.add(new Sample(LATENCY, with(labels, "quantile", "0.5"), m.latencyP50(), at));
                latency.add(new Sample(LATENCY, with(labels, "quantile", "0.95"), m.latencyP95(), at));
                latency.add(new Sample(LATENCY, with(labels, "quantile", "0.99"), m.latencyP99(), at));
                m.customMetrics().forEach((name, value) -> custom.add(new Sample(CUSTOM, with(labels, "metric", name),
                        value, at)));
                requests += window.requestCount();
                failed += m.errorRate() * window.requestCount();
            }
            latency.add(new Sample(LATENCY + "_count", labels, requests, at));
            errors.add(new Sample(ERRORS + "_total", labels, failed, at));
        }
        List<Family> families = new ArrayList<>(List.of(new Family(LATENCY, Type.SUMMARY, latency),
                new Family(ERRORS, Type.COUNTER, errors)));
        if (!custom.isEmpty()) {
            families.add(new Family(CUSTOM, Type.GAUGE, custom));
        }
        return families;
    }

    /** The custom metrics the windows measured (the shadow agreement, a scenario's own). */
    static Set<String> customMetrics(List<WindowResult> windows) {
        Set<String> names = new TreeSet<>();
        windows.stream().filter(WindowResult::measured).forEach(w -> names.addAll(w.metrics().customMetrics().keySet()));
        return names;
    }

    /** The preset's templates (and one per custom metric) at {@code url}, rates over the drill's window. */
    static MetricsBinding binding(String deploymentId, URI url, DrillScenario scenario, Set<String> customMetrics) {
        Map<String, String> templates = new LinkedHashMap<>(MetricsPresets.templates(PRESET, PREFIX));
        customMetrics.forEach(name -> templates.put(name, "max(" + CUSTOM + "{" + LABELS + ",metric=\""
                + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"})"));
        return new MetricsBinding(deploymentId, url, MetricsCredentials.NONE, templates,
                scenario.window().toSeconds() + "s", null, null);
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.put(name, value);
        return all;
    }
}
