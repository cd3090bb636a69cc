package io.bellwether.ui.timeline;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.drill.SimulatedClock;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.timeline.TimelineEvent.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    @TempDir
    Path dir;
    private final SimulatedClock clock = new SimulatedClock(T0);
    private Workspace workspace;
    private TimelineViewModel timeline;
    private Deployment canary;

    @BeforeEach
    void open() {
        workspace = Bellwether.openRecordOnly(dir.resolve("ws"), clock);
        var service = workspace;
        canary = service.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        clock.advance(Duration.ofMinutes(10));
        service.lifecycle().startDeployment(canary.deploymentId(), "alice");
        clock.advance(Duration.ofHours(1));
        service.health().addHealthCheck(canary.deploymentId(), HealthStatus.HEALTHY, Fixtures.BASELINE, "fine", Operators.systemUser());
        clock.advance(Duration.ofHours(1));
        service.health().addHealthCheck(canary.deploymentId(), HealthStatus.DEGRADED, new PerformanceMetrics(0.04, 0.07, 0.09, 0.002, 50), "slow", Operators.systemUser());
        clock.advance(Duration.ofHours(20));
        service.lifecycle().setCanaryStage(canary.deploymentId(), 1, 0.10, "bob");
        clock.advance(Duration.ofMinutes(5));
        service.lifecycle().emergencyRollback(canary.deploymentId(), "EMERGENCY: checkout errors", "carol");
        clock.set(T0.plus(Duration.ofDays(10)));
        var shadow = service.shadows().shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100, Operators.systemUser());
        service.shadows().recordShadowComparisons(shadow.shadowId(), List.of(ShadowComparison.of(clock.instant(), 0.03, 0.031, true)), Operators.systemUser());
        clock.advance(Duration.ofHours(1));
        timeline = new TimelineViewModel(service.queries(), workspace.audit(), new InlineTaskExecutor(), clock);
        timeline.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void drawsALanePerDeploymentWithLifecycleEventsAndColouredHealthChecks() {
        assertThat(timeline.lanes()).extracting(TimelineLane::label)
                .containsExactly("fraud_detector:v2.0.0", "fraud_detector:v2.0.0");
        TimelineLane lane = timeline.lanes().get(0);
        assertThat(lane.id()).isEqualTo(canary.deploymentId());
        assertThat(lane.sublabel()).isEqualTo("canary · production · rolled_back");
        assertThat(lane.events()).extracting(TimelineEvent::kind).containsExactly(Kind.CREATED, Kind.STARTED,
                Kind.HEALTH_HEALTHY, Kind.HEALTH_DEGRADED, Kind.STAGE_CHANGED, Kind.ROLLED_BACK);
        assertThat(lane.events()).extracting(TimelineEvent::title).contains("Canary stage 2 at 10% traffic", "Emergency rollback");
        assertThat(timeline.lanes().get(1).events()).extracting(TimelineEvent::kind).containsExactly(Kind.CREATED, Kind.COMPARISONS);
        assertThat(timeline.axisProperty().get().start()).isBefore(T0);
        assertThat(timeline.axisProperty().get().end()).isAfter(T0.plus(Duration.ofDays(10)));
    }

    @Test
    void aLongHealthHistoryDrawsItsStatusChangesNotEveryCheck() {
        Deployment busy = workspace.lifecycle().createDeployment(Fixtures.canary("v3.0.0", "production"));
        List<HealthCheck> checks = new java.util.ArrayList<>();
        int count = TimelineViewModel.HEALTH_MARKS + 500;
        for (int i = 0; i < count; i++) {
            checks.add(new HealthCheck(T0.plusSeconds(i), i == 700 ? HealthStatus.UNHEALTHY : HealthStatus.HEALTHY,
                    Fixtures.BASELINE, "check " + i));
        }
        workspace.health().addHealthChecks(busy.deploymentId(), checks, Operators.systemUser());

        timeline.load();

        TimelineLane lane = timeline.lanes().stream().filter(l -> l.id().equals(busy.deploymentId())).findFirst()
                .orElseThrow();
        assertThat(lane.events()).filteredOn(event -> event.kind() != Kind.CREATED)
                .extracting(TimelineEvent::time)
                .containsExactly(T0, T0.plusSeconds(700), T0.plusSeconds(701), T0.plusSeconds(count - 1));
        assertThat(timeline.thinnedNoteProperty().get()).isEqualTo("Thinned: fraud_detector:v3.0.0 has 1,500 health"
                + " checks; its lane draws the changes of status among the checks (at most 1,000 marks).");
    }

    @Test
    void aLaneLongerThanTheScanIsCountedWhole() {
        Deployment busy = workspace.lifecycle().createDeployment(Fixtures.canary("v3.0.0", "production"));
        int count = TimelineViewModel.HEALTH_SCANNED + 250;
        workspace.health().<RuntimeException>addHealthChecks(busy.deploymentId(), sink -> {
            for (int i = 0; i < count; i++) {
                sink.accept(new HealthCheck(T0.plusSeconds(i), HealthStatus.HEALTHY, Fixtures.BASELINE, "check"));
            }
        }, Operators.systemUser());

        timeline.load();

        assertThat(timeline.thinnedNoteProperty().get()).isEqualTo("Thinned: fraud_detector:v3.0.0 has 100,250"
                + " health checks; its lane draws the changes of status among the newest 100,000 (at most 1,000"
                + " marks).");
    }

    @Test
    void noLaneThinnedNoNote() {
        assertThat(timeline.thinnedNoteProperty().get()).isEmpty();
    }

    @Test
    void selectingAnEventShowsItsDetails() {
        TimelineEvent rollback = timeline.lanes().get(0).events().get(5);
        timeline.selectedEventProperty().set(rollback);
        assertThat(timeline.selectedDetailsProperty().get()).startsWith("Emergency rollback")
                .contains("severity: CRITICAL", "user: carol", "reason: EMERGENCY: checkout errors");
        timeline.highlightedLaneProperty().set(canary.deploymentId());
        assertThat(timeline.selectedEventProperty().get()).isEqualTo(rollback);
        timeline.highlightedLaneProperty().set("another");
        assertThat(timeline.selectedEventProperty().get()).isNull();
        assertThat(timeline.selectedDetailsProperty().get()).isEqualTo("Click an event to see its details.");
        TimelineEvent degraded = timeline.lanes().get(0).events().get(3);
        timeline.selectedEventProperty().set(degraded);
        assertThat(timeline.selectedDetailsProperty().get()).contains("status: degraded", "message: slow",
                "40.0 ms / 70.0 ms / 90.0 ms", "error rate: 0.20%");
    }

    @Test
    void ruleResultsReadAsOneLineEach() {
        assertThat(TimelineViewModel.describe(java.util.Map.of("rule", "latency_p95", "measured", 1.6199999999999999,
                "threshold", 1.5, "baseline", 0.05, "triggered", true)))
                .isEqualTo("TRIGGERED latency_p95: measured 1.62×, threshold 1.5×, baseline 50 ms");
        assertThat(TimelineViewModel.describe(java.util.Map.of("rule", "error_rate_threshold", "measured", 0.002,
                "threshold", 0.01, "baseline", Double.NaN, "triggered", false)))
                .isEqualTo("passed error_rate_threshold: measured 0.2%, threshold 1%, baseline none");
        assertThat(TimelineViewModel.describe("plain")).isEqualTo("plain");
    }

    @Test
    void theWindowKeepsOnlyRecentEvents() {
        timeline.windowProperty().set(TimelineViewModel.Window.DAYS_7);
        assertThat(timeline.lanes()).singleElement().satisfies(lane -> assertThat(lane.events()).hasSize(2));
        assertThat(timeline.axisProperty().get().start()).isEqualTo(clock.instant().minus(Duration.ofDays(7)));
        timeline.windowProperty().set(TimelineViewModel.Window.ALL);
        assertThat(timeline.lanes()).hasSize(2);
    }

    @Test
    void anEmptyWorkspaceHasNoAxis(@TempDir Path other) {
        try (Workspace empty = Bellwether.openRecordOnly(other.resolve("empty"), clock)) {
            TimelineViewModel nothing = new TimelineViewModel(empty.queries(), empty.audit(), new InlineTaskExecutor(), clock);
            nothing.load();
            assertThat(nothing.lanes()).isEmpty();
            assertThat(nothing.axisProperty().get().start()).isNull();
        }
    }

    /** Issue 14 item 12: "All history" can be zoomed into one deployment's day, panned along, and fitted back. */
    @Test
    void zoomPanAndFitMoveTheViewWithinTheAxis() {
        TimelineViewModel.Axis whole = timeline.axisProperty().get();
        assertThat(timeline.viewProperty().get()).isEqualTo(whole);
        Duration full = Duration.between(whole.start(), whole.end());

        timeline.zoom(0.1, 0.0);
        TimelineViewModel.Axis zoomed = timeline.viewProperty().get();
        assertThat(zoomed.start()).isEqualTo(whole.start());
        assertThat(Duration.between(zoomed.start(), zoomed.end()).toMillis()).isCloseTo(full.toMillis() / 10, org.assertj.core.data.Offset.offset(1L));

        timeline.pan(0.5);
        TimelineViewModel.Axis panned = timeline.viewProperty().get();
        assertThat(Duration.between(zoomed.start(), panned.start()).toMillis())
                .isCloseTo(full.toMillis() / 20, org.assertj.core.data.Offset.offset(2L));
        timeline.pan(-100);
        assertThat(timeline.viewProperty().get().start()).isEqualTo(whole.start());
        timeline.pan(100);
        assertThat(timeline.viewProperty().get().end()).isEqualTo(whole.end());

        timeline.zoom(0.000001, 0.5);
        TimelineViewModel.Axis narrowest = timeline.viewProperty().get();
        assertThat(Duration.between(narrowest.start(), narrowest.end())).isEqualTo(Duration.ofMinutes(2));
        timeline.zoom(1e9, 0.5);
        assertThat(timeline.viewProperty().get()).isEqualTo(whole);

        timeline.zoom(0.5, 0.5);
        timeline.fit();
        assertThat(timeline.viewProperty().get()).isEqualTo(whole);
    }
}
