package io.bellwether.drill;

import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.application.port.in.BoundMetric;
import io.bellwether.application.port.in.MetricsWatcher;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.MetricsBackfill;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A drill's metrics read through Prometheus, as production reads them. A rehearsal (the same drill fed
 * directly, in a temporary workspace) gives each window's traffic; those windows are backfilled into a
 * Prometheus, the drill's deployment is bound to it with the summary preset, and each window is judged by the
 * workspace's metrics watcher, which queries Prometheus through the metrics source at the window's end.
 * The traffic served is the rehearsal's: a drill whose decisions departed from it would go on reading the
 * rehearsal's windows (the tests check that it does not depart).
 */
final class ThroughPrometheus implements AutoCloseable {
    private final MetricsBackfill.Served served;
    private final Set<String> customMetrics;
    private long requestsServed;

    private ThroughPrometheus(MetricsBackfill.Served served, Set<String> customMetrics) {
        this.served = served;
        this.customMetrics = customMetrics;
    }

    /** Rehearses the drill and serves its windows; the caller closes the result. */
    static ThroughPrometheus start(DrillScenario scenario, MetricsBackfill backfill) {
        backfill.requireInstalled();
        List<WindowResult> rehearsed;
        Path location = DrillWorkspaces.temporaryLocation();
        try (DrillRun rehearsal = DrillRun.open(scenario, DrillMode.AUTOMATIC, location)) {
            rehearsed = rehearsal.runToEnd();
        } finally {
            DrillWorkspaces.deleteTemporary(location);
        }
        return new ThroughPrometheus(backfill.serve(PrometheusTraffic.families(scenario, rehearsed)),
                PrometheusTraffic.customMetrics(rehearsed));
    }

    void bind(Workspace workspace, String deploymentId, DrillScenario scenario) {
        workspace.metricsBindings().set(PrometheusTraffic.binding(deploymentId, served.url(), scenario, customMetrics),
                DrillRun.DRILL_USER);
    }

    /** "Prometheus at URL (summary preset)", for the report. */
    String describe() {
        return "Prometheus at " + served.url() + " (" + PrometheusTraffic.PRESET.name().toLowerCase(Locale.ROOT)
                + " preset)";
    }

    /** What the engine judged at {@code at} from Prometheus; the decision and metrics are null when data was missing. */
    Judged judge(Workspace workspace, String deploymentId, Instant at, java.time.Duration window) {
        MetricsWatcher.Round round = workspace.metricsWatcher().round(at, deploymentId, window, Operators.systemUser());
        MetricsWatcher.Judgement judgement = round.judgements().stream()
                .filter(j -> j.deploymentId().equals(deploymentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The metrics watcher did not sample the drill's deployment "
                        + deploymentId + " at " + at));
        if (judgement.status() == null) {
            throw new IllegalStateException(judgement.message());
        }
        RollbackDecision decision = judgement.decision();
        if (decision == null) {
            return new Judged(null, null, 0, List.of(), round.steps());
        }
        long total = Math.round(judgement.values().getOrDefault(BoundMetric.REQUEST_COUNT.key(), 0.0));
        long requests = total - requestsServed;
        requestsServed = total;
        PerformanceMetrics judged = workspace.queries().getDeployment(deploymentId).current().orElse(null);
        return new Judged(decision, judged, requests, judgement.verdict() == null ? List.of()
                : judgement.verdict().observedBreaches(), round.steps());
    }

    /** {@code steps}: what the watcher's round took by automatic progression after judging. */
    record Judged(RollbackDecision decision, PerformanceMetrics metrics, long requestCount,
                  List<io.bellwether.domain.RuleResult> observed, List<AutomatedStep> steps) {
    }

    @Override
    public void close() {
        served.close();
    }
}
