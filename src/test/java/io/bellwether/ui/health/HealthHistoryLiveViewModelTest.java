package io.bellwether.ui.health;

import io.bellwether.Bellwether;
import io.bellwether.application.TestClock;
import io.bellwether.application.UnreachablePrometheus;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.metrics.CanaryBackfill;
import io.bellwether.metrics.CanaryTraffic;
import io.bellwether.metrics.LocalPrometheus;
import io.bellwether.ui.InlineTaskExecutor;
import io.fair_acc.dataset.DataSet;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Health history of deployments bound to a real Prometheus serving backfilled canaries: the charts draw
 * the query_range series since the start, the source line names the server and the query, the "why" rows name
 * the query behind each measured value, and an unreachable or empty source is a message, never an exception.
 */
class HealthHistoryLiveViewModelTest {
    static final Instant DATA_FROM = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant STARTED = DATA_FROM.plus(Duration.ofMinutes(10));
    static final Instant JUDGED = DATA_FROM.plus(Duration.ofMinutes(40));
    static final CanaryTraffic HEALTHY = CanaryTraffic.steady("healthy_model", "v2.0.0", CanaryTraffic.NORMAL, 0.003);
    static final CanaryTraffic SLOW = CanaryTraffic.steady("latency_model", "v2.0.0", CanaryTraffic.SLOW, 0.002);
    static final CanaryTraffic STABLE = CanaryTraffic.steady("stable_model", "v1.0.0", CanaryTraffic.NORMAL, 0.002);

    @TempDir
    static Path folder;
    static LocalPrometheus prometheus;
    final TestClock clock = new TestClock(STARTED);

    @BeforeAll
    static void backfillAndStart() throws Exception {
        prometheus = CanaryBackfill.serve(folder, List.of(HEALTHY, SLOW), DATA_FROM, JUDGED.plusSeconds(300));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    private Workspace workspace() {
        return Bellwether.openRecordOnly(folder.resolve("ws-" + System.nanoTime()), clock);
    }

    private String started(Workspace workspace, CanaryTraffic canary, RollbackConfig config) {
        String id = workspace.lifecycle().createDeployment(DeploymentRequest.builder(canary.model(), canary.version(),
                DeploymentStrategy.CANARY, "devops").rollbackConfig(config)
                .baselineMetrics(STABLE.truth(JUDGED, Duration.ofMinutes(5)))
                .metadata(Map.of("initial_traffic", 0.05)).build()).deploymentId();
        workspace.lifecycle().startDeployment(id, "op");
        return id;
    }

    private static void bind(Workspace workspace, String id, URI url, Map<String, String> templates) {
        workspace.metricsBindings().set(new MetricsBinding(id, url, null, templates, "5m", null, null), "sre");
    }

    private HealthHistoryViewModel shownAtJudged(Workspace workspace, String id) {
        clock.advance(Duration.between(clock.instant(), JUDGED));
        HealthHistoryViewModel model = new HealthHistoryViewModel(workspace.queries(), workspace.audit(),
                workspace.metricsBindings(), workspace.metricsHistory(), new InlineTaskExecutor(),
                Clock.fixed(JUDGED, ZoneOffset.UTC));
        model.show(id);
        return model;
    }

    @Test
    void a_bound_canary_draws_what_prometheus_measured_since_its_start_and_names_the_source() {
        try (Workspace workspace = workspace()) {
            String id = started(workspace, HEALTHY, RollbackConfig.BALANCED);
            bind(workspace, id, prometheus.url(), MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX));
            clock.advance(Duration.between(clock.instant(), JUDGED));
            workspace.metricsWatcher().round(JUDGED, null, "watcher");

            HealthHistoryViewModel model = shownAtJudged(workspace, id);

            assertThat(model.headerProperty().get().source().live()).isTrue();
            assertThat(model.headerProperty().get().source().problem()).isFalse();
            assertThat(model.headerProperty().get().source().text()).startsWith("Live from Prometheus " + prometheus.url()
                    + ": p95 query `histogram_quantile(0.95, sum by (le) (rate(bellwether_request_duration_seconds_bucket"
                    + "{model=\"healthy_model\",version=\"v2.0.0\",environment=\"production\"}[5m])))`")
                    .contains("every 60 s").endsWith("31 points");
            DataSet p95 = model.latencySeries().get(1);
            assertThat(p95.getDataCount()).as("one point a check interval over 30 minutes").isEqualTo(31);
            assertThat(p95.get(0, 0)).isEqualTo(STARTED.getEpochSecond());
            assertThat(p95.get(0, 30)).isEqualTo(JUDGED.getEpochSecond());
            for (int i = 0; i < 31; i++) {
                assertThat(p95.get(1, i)).as("ms").isCloseTo(HEALTHY.quantile(0.95) * 1000, within(1e-6));
                assertThat(model.errorRateSeries().get(1, i)).as("%").isCloseTo(0.3, within(1e-2));
            }
            assertThat(model.checks()).as("the stored checks stay in their table").hasSize(1);
            MetricsBinding binding = workspace.metricsBindings().find(id).orElseThrow();
            Map<String, String> sent = binding.queries(workspace.queries().getDeployment(id), "v2.0.0", JUDGED);
            assertThat(model.why()).isNotEmpty().allSatisfy(row -> assertThat(row.query())
                    .isEqualTo(sent.get(RuleQueries.metricOf(row.rule().rule()))));
            assertThat(model.why()).anyMatch(row -> row.rule().rule().equals(RollbackPolicy.ERROR_RATE_THRESHOLD)
                    && row.query().contains("bellwether_request_errors_total"));
        }
    }

    @Test
    void a_rolled_back_canary_is_drawn_until_its_rollback_and_the_rollback_names_its_queries() {
        try (Workspace workspace = workspace()) {
            String id = started(workspace, SLOW, RollbackConfig.BALANCED);
            bind(workspace, id, prometheus.url(), MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX));
            clock.advance(Duration.between(clock.instant(), JUDGED));
            assertThat(workspace.metricsWatcher().round(JUDGED, null, "watcher").rolledBack()).isTrue();

            HealthHistoryViewModel model = shownAtJudged(workspace, id);

            assertThat(model.latencySeries().get(1).get(1, 0)).as("ms").isCloseTo(SLOW.quantile(0.95) * 1000, within(1e-6));
            assertThat(model.why()).anyMatch(row -> row.decision().startsWith("Rollback")
                    && row.rule().rule().equals(RollbackPolicy.LATENCY_P95) && row.rule().triggered()
                    && row.query().startsWith("histogram_quantile(0.95,"));
        }
    }

    @Test
    void the_point_count_is_bounded_by_widening_the_step() {
        try (Workspace workspace = workspace()) {
            String id = started(workspace, HEALTHY, new RollbackConfig(true, 0.01, 1.5, 1000, 1));
            bind(workspace, id, prometheus.url(), MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX));

            HealthHistoryViewModel model = shownAtJudged(workspace, id);

            assertThat(model.latencySeries().get(1).getDataCount()).isLessThanOrEqualTo(
                    HealthHistoryViewModel.MAX_LIVE_POINTS).isEqualTo(1800 / 4 + 1);
            assertThat(model.headerProperty().get().source().text()).contains("every 4 s");
        }
    }

    @Test
    void an_unreachable_prometheus_is_a_message_and_the_chart_shows_the_stored_checks() {
        try (Workspace workspace = workspace()) {
            String id = started(workspace, HEALTHY, RollbackConfig.BALANCED);
            URI nowhere = UnreachablePrometheus.url();
            bind(workspace, id, nowhere, MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX));
            clock.advance(Duration.between(clock.instant(), JUDGED));
            workspace.metricsWatcher().round(JUDGED, null, "watcher");

            HealthHistoryViewModel model = shownAtJudged(workspace, id);

            assertThat(model.headerProperty().get().source().live()).isFalse();
            assertThat(model.headerProperty().get().source().problem()).isTrue();
            assertThat(model.headerProperty().get().source().text()).startsWith("Prometheus " + nowhere + ": latency_p50 query `")
                    .contains("could not reach " + nowhere).endsWith("the chart shows the stored health check");
            assertThat(model.latencySeries().get(1).getDataCount()).isEqualTo(1);
            assertThat(model.headerProperty().get().hasData()).isTrue();
        }
    }

    @Test
    void an_empty_result_is_a_message_naming_the_query() {
        try (Workspace workspace = workspace()) {
            String id = started(workspace, HEALTHY, RollbackConfig.BALANCED);
            bind(workspace, id, prometheus.url(), Map.of("latency_p95",
                    MetricsPresets.histogram("nobody_exports_this").get("latency_p95")));

            HealthHistoryViewModel model = shownAtJudged(workspace, id);

            assertThat(model.headerProperty().get().source().live()).isFalse();
            assertThat(model.headerProperty().get().source().problem()).isTrue();
            assertThat(model.headerProperty().get().source().text()).contains("no series for latency_p95 (query `histogram_quantile("
                    + "0.95, sum by (le) (rate(nobody_exports_this_duration_seconds_bucket");
            assertThat(model.headerProperty().get().emptyMessage()).startsWith("healthy_model:v2.0.0 has no health checks yet.")
                    .contains("no series for latency_p95");
        }
    }
}
