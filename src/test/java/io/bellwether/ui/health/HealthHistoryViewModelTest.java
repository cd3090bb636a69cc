package io.bellwether.ui.health;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.views.ScreenFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HealthHistoryViewModelTest {
    @TempDir
    static Path directory;
    static ScreenFixtures fixtures;
    static Workspace service;

    @BeforeAll
    static void fill() {
        fixtures = ScreenFixtures.busy(directory, 1_000);
        service = fixtures.workspace;
    }

    @AfterAll
    static void close() {
        fixtures.workspace.close();
    }

    private HealthHistoryViewModel model() {
        return new HealthHistoryViewModel(service.queries(), fixtures.workspace.audit(), new InlineTaskExecutor());
    }

    @Test
    void showsEveryHealthCheckAndItsSeries() {
        HealthHistoryViewModel model = model();
        model.show(fixtures.liveCanaryId);

        List<HealthCheck> stored = service.queries().healthHistory(fixtures.liveCanaryId, null, null);
        assertThat(model.checks()).hasSize(stored.size()).hasSizeGreaterThan(30);
        assertThat(model.latencySeries().get(1).getDataCount()).isEqualTo(stored.size());
        assertThat(model.latencySeries().get(1).get(1, 3)).isEqualTo(stored.get(3).metrics().latencyP95() * 1000);
        assertThat(model.errorRateSeries().get(1, 0)).isEqualTo(stored.get(0).metrics().errorRate() * 100);
        assertThat(model.headerProperty().get().hasData()).isTrue();
    }

    @Test
    void baselineAndThresholdLinesFollowTheRollbackConfig() {
        HealthHistoryViewModel model = model();
        model.show(fixtures.liveCanaryId);

        assertThat(model.latencyLinesProperty().get()).extracting(ThresholdLine::value)
                .containsExactly(50.0, 0.050 * 1.5 * 1000, 0.075 * 1.5 * 1000);
        assertThat(model.latencyLinesProperty().get().get(1).label()).isEqualTo("p95 limit ×1.50");
        assertThat(model.errorLinesProperty().get()).extracting(ThresholdLine::value).containsExactly(1.0, 0.1, 0.2);
        assertThat(model.latencyGuides()).hasSize(3);
        assertThat(model.latencyGuides().get(1).get(1, 0)).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void whyPanelExplainsTheLatestCheckAndThePastRollback() {
        HealthHistoryViewModel model = model();
        model.show(fixtures.rolledBackCanaryId);

        List<HealthCheck> stored = service.queries().healthHistory(fixtures.rolledBackCanaryId, null, null);
        HealthCheck latest = stored.get(stored.size() - 1);
        var expected = RollbackPolicy.evaluate(ScreenFixtures.BASELINE, latest.metrics(), ScreenFixtures.GUIDE_CONFIG,
                ScreenFixtures.GUIDE_CONFIG.minRequestsBeforeCheck());
        List<WhyRow> latestRows = model.why().stream().filter(row -> row.decision().startsWith("Latest check")).toList();
        assertThat(latestRows).extracting(WhyRow::rule).containsExactlyElementsOf(expected.rules());
        assertThat(model.headerProperty().get().latestVerdict()).contains("ROLL BACK: " + String.join("; ", expected.reasons()));

        assertThat(model.rollbacksProperty().get()).hasSize(1);
        RollbackMoment moment = model.rollbacksProperty().get().get(0);
        assertThat(moment.triggeredBy()).isEqualTo("automated");
        assertThat(moment.rules()).filteredOn(rule -> rule.triggered()).isNotEmpty();
        assertThat(model.why()).anyMatch(row -> row.decision().startsWith("Rollback") && row.rule().triggered());
    }

    @Test
    void aManualRollbackIsExplainedByItsReason() {
        String id = service.lifecycle().createDeployment(io.bellwether.application.port.in.DeploymentRequest.builder("fraud_detector", "v2.2.0",
                io.bellwether.domain.DeploymentStrategy.CANARY, "devops@company.com").baselineMetrics(ScreenFixtures.BASELINE)
                .build()).deploymentId();
        service.lifecycle().startDeployment(id, "carol");
        service.lifecycle().emergencyRollback(id, "EMERGENCY: wrong fraud scores", "carol");
        HealthHistoryViewModel model = model();

        model.show(id);

        assertThat(model.rollbacksProperty().get()).extracting(RollbackMoment::triggeredBy).containsExactly("carol");
        assertThat(model.why()).singleElement().satisfies(row -> {
            assertThat(row.decision()).startsWith("Rollback ").endsWith("(carol)");
            assertThat(row.rule().rule()).isEqualTo(HealthHistoryViewModel.OPERATOR_DECISION);
            assertThat(row.rule().reason()).isEqualTo("EMERGENCY: wrong fraud scores");
        });
    }

    @Test
    void noSelectionAndNoHistoryGiveAnEmptyState() {
        HealthHistoryViewModel model = model();
        model.show(null);
        assertThat(model.headerProperty().get().emptyMessage()).isEqualTo("Select a deployment to see its health history");
        assertThat(model.checks()).isEmpty();

        model.show(fixtures.blueGreenId);
        assertThat(model.headerProperty().get().emptyMessage()).endsWith("has no health checks yet");
        assertThat(model.headerProperty().get().hasData()).isFalse();
    }

    @Test
    void theHeadingCountsOneCheckAsOne() {
        String id = fixtures.workspace.lifecycle().createDeployment(io.bellwether.ui.Fixtures.direct("single", "v1",
                "staging")).deploymentId();
        fixtures.workspace.health().addHealthCheck(id, io.bellwether.domain.HealthStatus.HEALTHY,
                io.bellwether.ui.Fixtures.BASELINE, "ok", "alice");
        HealthHistoryViewModel model = model();

        model.show(id);
        assertThat(model.headerProperty().get().heading()).endsWith(" · 1 health check");

        fixtures.workspace.health().addHealthCheck(id, io.bellwether.domain.HealthStatus.HEALTHY,
                io.bellwether.ui.Fixtures.BASELINE, "ok", "alice");
        model.show(id);
        assertThat(model.headerProperty().get().heading()).endsWith(" · 2 health checks");
    }

    @Test
    void aHistoryLongerThanTheScreenShowsItsNewestChecksAndSaysHowManyAreStored() {
        String id = fixtures.workspace.lifecycle().createDeployment(io.bellwether.ui.Fixtures.direct("long", "v1",
                "staging")).deploymentId();
        java.time.Instant start = java.time.Instant.parse("2026-02-01T00:00:00Z");
        List<HealthCheck> checks = java.util.stream.IntStream.range(0, StoredChecks.SHOWN + 7)
                .mapToObj(i -> new HealthCheck(start.plusSeconds(10L * i), HealthStatus.HEALTHY,
                        io.bellwether.ui.Fixtures.BASELINE, "check " + i)).toList();
        fixtures.workspace.health().addHealthChecks(id, checks, "alice");
        HealthHistoryViewModel model = model();

        model.show(id);

        assertThat(model.checks()).hasSize(StoredChecks.SHOWN);
        assertThat(model.checks().get(0).message()).isEqualTo("check 7");
        assertThat(model.checks().get(StoredChecks.SHOWN - 1).message()).isEqualTo("check " + (StoredChecks.SHOWN + 6));
        assertThat(model.latencySeries().get(1).getDataCount()).isEqualTo(StoredChecks.SHOWN);
        assertThat(model.headerProperty().get().heading()).endsWith(" · 5,007 health checks, the newest 5,000 shown");
        assertThat(model.headerProperty().get().source().text())
                .isEqualTo("Stored health checks (the newest 5,000 of 5,007)");
    }

    @Test
    void theTimeAxisReachesALaterRollbackMomentSoItsMarkerIsDrawn() {
        String id = fixtures.workspace.lifecycle().createDeployment(io.bellwether.ui.Fixtures.direct("late", "v1",
                "staging")).deploymentId();
        fixtures.workspace.lifecycle().startDeployment(id, "alice");
        for (int i = 0; i < 2; i++) {
            fixtures.clock.advance(java.time.Duration.ofMinutes(5));
            fixtures.workspace.health().addHealthCheck(id, io.bellwether.domain.HealthStatus.HEALTHY,
                    io.bellwether.ui.Fixtures.BASELINE, "ok", "alice");
        }
        fixtures.clock.advance(java.time.Duration.ofMinutes(20));
        fixtures.workspace.lifecycle().rollbackDeployment(id, "operator's call", "alice");
        HealthHistoryViewModel model = model();

        model.show(id);

        double first = io.bellwether.ui.common.ChartData.epochSeconds(
                service.queries().healthHistory(id, null, null).get(0).timestamp());
        double rolledBack = io.bellwether.ui.common.ChartData.epochSeconds(
                service.queries().getDeployment(id).rolledBackAt());
        assertThat(model.timeRangeProperty().get()).containsExactly(first, rolledBack);
        assertThat(rolledBack - first).isEqualTo(25 * 60);
    }

    @Test
    void aSingleCheckGetsAnHourOfTimeAxisAroundIt() {
        String id = fixtures.workspace.lifecycle().createDeployment(io.bellwether.ui.Fixtures.direct("solo", "v1", "staging"))
                .deploymentId();
        fixtures.workspace.health().addHealthCheck(id, io.bellwether.domain.HealthStatus.HEALTHY,
                io.bellwether.ui.Fixtures.BASELINE, "one", "alice");
        double at = io.bellwether.ui.common.ChartData.epochSeconds(
                fixtures.workspace.queries().healthHistory(id, null, null).get(0).timestamp());
        HealthHistoryViewModel model = model();

        model.show(id);

        assertThat(model.timeRangeProperty().get()).containsExactly(at - 1800, at + 1800);
        model.show(null);
        assertThat(model.timeRangeProperty().get()).isEmpty();
    }

    @Test
    void aShadowDeploymentIsNamedAsSuch() {
        HealthHistoryViewModel model = model();
        model.show(fixtures.shadowId);

        assertThat(model.headerProperty().get().emptyMessage())
                .isEqualTo(fixtures.shadowId + " is a shadow deployment: it has no health history."
                        + " Its results are in the Shadow comparison tab.");
    }

    @Test
    void anUnknownDeploymentIsReportedNotThrown() {
        HealthHistoryViewModel model = model();
        model.show("deploy_missing");

        assertThat(model.headerProperty().get().emptyMessage()).startsWith("Could not load the health history of deploy_missing")
                .contains("deploy_missing");
    }

    @Test
    void aBreachNobodyActedOnNeverReadsRollBack() {
        String id = service.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2.3.0",
                DeploymentStrategy.CANARY, "devops@company.com").baselineMetrics(ScreenFixtures.BASELINE)
                .rollbackConfig(ScreenFixtures.GUIDE_CONFIG).build()).deploymentId();
        service.lifecycle().startDeployment(id, "carol");
        service.health().addHealthCheck(id, HealthStatus.UNHEALTHY, new PerformanceMetrics(0.035, 0.050, 0.075, 0.04,
                1000), "imported", "carol");
        HealthHistoryViewModel model = model();

        model.show(id);

        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(model.headerProperty().get().latestVerdict()).doesNotContain("ROLL BACK")
                .contains("Rules breached, not acted on: ").contains("Error rate increased by 3900.00% from baseline")
                .contains("the engine rolls back only on the deployment's current metrics");
    }
}
