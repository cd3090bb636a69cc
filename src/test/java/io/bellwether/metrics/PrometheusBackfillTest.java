package io.bellwether.metrics;

import io.bellwether.Bellwether;
import io.bellwether.application.TestClock;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.MetricsWatcher;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Three canaries' traffic written as OpenMetrics with timestamps, backfilled with promtool into blocks a
 * real Prometheus serves, judged by the watcher at a fixed time through the histogram preset; the engine's
 * decisions equal those on the true numbers fed directly.
 */
class PrometheusBackfillTest {
    static final Instant DATA_FROM = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant STARTED = DATA_FROM.plus(Duration.ofMinutes(10));
    static final Instant JUDGED = DATA_FROM.plus(Duration.ofMinutes(40));
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final CanaryTraffic HEALTHY = CanaryTraffic.steady("healthy_model", "v2.0.0", CanaryTraffic.NORMAL, 0.003);
    static final CanaryTraffic HEALTHY_STABLE = CanaryTraffic.steady("healthy_model", "v1.0.0", CanaryTraffic.NORMAL, 0.002);
    static final CanaryTraffic SLOW = CanaryTraffic.steady("latency_model", "v2.0.0", CanaryTraffic.SLOW, 0.002);
    static final CanaryTraffic SLOW_STABLE = CanaryTraffic.steady("latency_model", "v1.0.0", CanaryTraffic.NORMAL, 0.002);
    static final CanaryTraffic BURST = new CanaryTraffic("burst_model", "v2.0.0", 200, CanaryTraffic.NORMAL, 0.002,
            DATA_FROM.plus(Duration.ofMinutes(30)), 0.04);
    static final CanaryTraffic BURST_STABLE = CanaryTraffic.steady("burst_model", "v1.0.0", CanaryTraffic.NORMAL, 0.002);

    @TempDir
    static Path folder;
    static LocalPrometheus prometheus;
    final TestClock clock = new TestClock(DATA_FROM);

    @BeforeAll
    static void backfillAndStart() throws Exception {
        List<CanaryTraffic> all = List.of(HEALTHY, HEALTHY_STABLE, SLOW, SLOW_STABLE, BURST, BURST_STABLE);
        StringBuilder text = new StringBuilder("# TYPE bellwether_request_duration_seconds histogram\n");
        for (CanaryTraffic traffic : all) {
            for (Instant t = DATA_FROM; !t.isAfter(JUDGED.plusSeconds(300)); t = t.plusSeconds(15)) {
                traffic.histogramAt(text, DATA_FROM, t);
            }
        }
        text.append("# TYPE bellwether_request_errors counter\n");
        for (CanaryTraffic traffic : all) {
            for (Instant t = DATA_FROM; !t.isAfter(JUDGED.plusSeconds(300)); t = t.plusSeconds(15)) {
                traffic.errorsAt(text, DATA_FROM, t);
            }
        }
        Path input = Files.writeString(folder.resolve("canaries.om"), text.append("# EOF\n"));
        Path storage = Files.createDirectories(folder.resolve("tsdb"));
        LocalPrometheus.promtool(folder, "tsdb", "create-blocks-from", "openmetrics", input.toString(),
                storage.toString());
        prometheus = LocalPrometheus.start(folder, "global:\n  scrape_interval: 15s\n", storage);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void the_decisions_through_prometheus_equal_the_decisions_on_the_true_numbers() {
        try (Workspace workspace = Bellwether.openRecordOnly(folder.resolve("ws-" + System.nanoTime()), clock)) {
            String healthy = bound(workspace, HEALTHY, HEALTHY_STABLE.version(), null);
            String slow = bound(workspace, SLOW, SLOW_STABLE.version(), null);
            String burst = bound(workspace, BURST, null, BURST_STABLE.truth(JUDGED, WINDOW));
            clock.advance(Duration.between(clock.instant(), JUDGED));
            MetricsWatcher.Round round = workspace.metricsWatcher().round(JUDGED, null, "watcher");

            assertThat(round.judgements()).hasSize(3);
            assertSameDecision(workspace, round, healthy, HEALTHY, HEALTHY_STABLE, false);
            assertSameDecision(workspace, round, slow, SLOW, SLOW_STABLE, true);
            assertSameDecision(workspace, round, burst, BURST, BURST_STABLE, true);
            assertThat(workspace.queries().getDeployment(healthy).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
            assertThat(workspace.queries().getDeployment(slow).rollbackTriggeredBy()).isEqualTo("automated");
            assertThat(workspace.queries().getDeployment(burst).rollbackReason()).startsWith("Error rate 4.00% exceeds");
            assertThat(round.nextDue()).isEqualTo(JUDGED.plusSeconds(60));
            assertThat(workspace.metricsWatcher().round(JUDGED.plusSeconds(30), null, "watcher").judgements())
                    .as("not due before check_interval_seconds").isEmpty();
            assertThat(workspace.metricsWatcher().round(JUDGED.plusSeconds(60), null, "watcher").judgements())
                    .as("only the live one").extracting(MetricsWatcher.Judgement::deploymentId).containsExactly(healthy);
        }
    }

    @Test
    void missing_data_from_prometheus_is_an_unknown_check_that_names_the_query_and_never_rolls_back() {
        try (Workspace workspace = Bellwether.openRecordOnly(folder.resolve("ws-" + System.nanoTime()), clock)) {
            String errors = "sum(rate(bellwether_request_errors_total{model=\"healthy_model\"}[{window}]))";
            Map<String, String> cases = Map.of(
                    "returned no series", MetricsPresets.histogram("nobody_exports_this").get("latency_p95"),
                    "returned Infinity", errors + " / 0",
                    "returned 2 series where one is expected; labels that differ: version (v1.0.0, v2.0.0)",
                    errors.replace("sum(", "sum by (version) ("),
                    "failed in Prometheus: bad_data", "rate(bellwether_request_errors_total)");
            Map<String, String> ids = new java.util.HashMap<>();
            cases.forEach((expected, query) -> ids.put(expected, boundTo(workspace, Map.of("error_rate", query))));
            clock.advance(Duration.between(clock.instant(), JUDGED));
            MetricsWatcher.Round round = workspace.metricsWatcher().round(JUDGED, null, "watcher");

            assertThat(round.judgements()).hasSize(4).noneMatch(MetricsWatcher.Judgement::rolledBack);
            ids.forEach((expected, id) -> {
                Deployment d = workspace.queries().getDeployment(id);
                assertThat(d.status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
                assertThat(d.currentMetrics()).isNull();
                var check = workspace.queries().healthHistory(id, null, null).get(0);
                assertThat(check.status()).isEqualTo(HealthStatus.UNKNOWN);
                assertThat(check.message()).startsWith("No metrics received: error_rate: query `")
                        .contains(expected);
            });
        }
    }

    private String boundTo(Workspace workspace, Map<String, String> templates) {
        clock.advance(Duration.between(clock.instant(), STARTED));
        Deployment d = workspace.lifecycle().createDeployment(request(HEALTHY).build());
        workspace.lifecycle().startDeployment(d.deploymentId(), "op");
        workspace.metricsBindings().set(new MetricsBinding(d.deploymentId(), prometheus.url(), null, templates,
                "5m", null, null), "sre");
        return d.deploymentId();
    }

    private void assertSameDecision(Workspace workspace, MetricsWatcher.Round round, String id, CanaryTraffic canary,
                                    CanaryTraffic stable, boolean rollback) {
        MetricsWatcher.Judgement judged = round.judgements().stream().filter(j -> j.deploymentId().equals(id))
                .findFirst().orElseThrow();
        PerformanceMetrics truth = canary.truth(JUDGED, WINDOW);
        assertThat(judged.values().get("latency_p95")).isCloseTo(truth.latencyP95(), within(1e-9));
        assertThat(judged.values().get("latency_p99")).isCloseTo(truth.latencyP99(), within(1e-9));
        assertThat(judged.values().get("error_rate")).isCloseTo(truth.errorRate(), within(1e-12));
        assertThat(judged.values().get("request_count")).isCloseTo(360_000.0, within(1e-6));

        String direct = workspace.lifecycle().createDeployment(request(canary)
                .baselineMetrics(stable.truth(JUDGED, WINDOW)).build()).deploymentId();
        workspace.lifecycle().startDeployment(direct, "op");
        RollbackDecision expected = workspace.metricsFeed(true, "direct").measured(direct, truth, 360_000);

        assertThat(judged.status()).isEqualTo(rollback ? HealthStatus.UNHEALTHY : HealthStatus.HEALTHY);
        assertThat(judged.decision().rollback()).isEqualTo(rollback).isEqualTo(expected.rollback());
        assertThat(judged.decision().skipped()).isEqualTo(expected.skipped());
        assertThat(judged.decision().reasons()).isEqualTo(expected.reasons());
        assertThat(judged.decision().rules()).extracting(r -> r.rule() + "=" + r.triggered())
                .isEqualTo(expected.rules().stream().map(r -> r.rule() + "=" + r.triggered()).toList());
    }

    private String bound(Workspace workspace, CanaryTraffic canary, String liveBaseline, PerformanceMetrics stored) {
        clock.advance(Duration.between(clock.instant(), STARTED));
        Deployment d = workspace.lifecycle().createDeployment(request(canary).baselineMetrics(stored).build());
        workspace.lifecycle().startDeployment(d.deploymentId(), "op");
        workspace.metricsBindings().set(new MetricsBinding(d.deploymentId(), prometheus.url(), null,
                MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX), "5m", liveBaseline, null), "sre");
        return d.deploymentId();
    }

    private static DeploymentRequest.Builder request(CanaryTraffic canary) {
        return DeploymentRequest.builder(canary.model(), canary.version(), DeploymentStrategy.CANARY, "devops")
                .rollbackConfig(RollbackConfig.BALANCED).metadata(Map.of("initial_traffic", 0.05));
    }
}
