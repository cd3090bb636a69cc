package io.bellwether.ui.shell;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.RequestCounts;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.drill.SimulatedClock;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluationLoopTest {
    @TempDir
    Path dir;
    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-20T10:00:00Z"));
    private Workspace workspace;
    private final List<AutomatedRollback> rolledBack = new ArrayList<>();
    private EvaluationLoop loop;

    @BeforeEach
    void open() {
        workspace = Bellwether.openRecordOnly(dir.resolve("ws"), clock);
        loop = new EvaluationLoop(workspace, (deployment, now) -> 5000, new InlineTaskExecutor(), clock,
                rolledBack::addAll);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Deployment live(PerformanceMetrics current) {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        workspace.health().updateMetrics(d.deploymentId(), current, Operators.systemUser());
        return d;
    }

    private long evaluations(String id) {
        return workspace.audit().query(new AuditQuery(EventType.ROLLBACK_EVALUATED, null, null, id, null, null)).size();
    }

    @Test
    void rollsBackADegradedCanaryAndReportsTheReasons() {
        Deployment d = live(new PerformanceMetrics(0.04, 0.09, 0.12, 0.03, 50));
        loop.tick();
        Deployment stored = workspace.queries().getDeployment(d.deploymentId());
        assertThat(stored.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(stored.rollbackTriggeredBy()).isEqualTo("automated");
        assertThat(rolledBack).singleElement().satisfies(r -> {
            assertThat(r.deploymentId()).isEqualTo(d.deploymentId());
            assertThat(r.reasons()).contains("Error rate 3.00% exceeds threshold 1.00%");
        });
        assertThat(loop.lastEvaluationProperty().get()).isEqualTo(clock.instant());
    }

    @Test
    void checksAHealthyDeploymentOncePerCheckInterval() {
        Deployment d = live(new PerformanceMetrics(0.036, 0.051, 0.076, 0.0011, 50));
        loop.tick();
        Instant first = clock.instant();
        assertThat(evaluations(d.deploymentId())).isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
        loop.tick();
        assertThat(loop.lastEvaluationProperty().get()).as("not due yet").isEqualTo(first);
        clock.advance(Duration.ofSeconds(30));
        loop.tick();
        assertThat(loop.lastEvaluationProperty().get()).as("due after the interval").isEqualTo(clock.instant());
        assertThat(evaluations(d.deploymentId())).as("unchanged metrics are not audited again").isEqualTo(1);
        workspace.health().updateMetrics(d.deploymentId(), new PerformanceMetrics(0.036, 0.052, 0.077, 0.0011, 50), "op");
        clock.advance(Duration.ofSeconds(60));
        loop.tick();
        assertThat(evaluations(d.deploymentId())).isEqualTo(2);
        assertThat(rolledBack).isEmpty();
        assertThat(workspace.queries().getDeployment(d.deploymentId()).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
    }

    @Test
    void aStartedDeploymentIsLookedAtAfterAWakeEvenWhenIdle() {
        loop.tick();
        assertThat(loop.lastEvaluationProperty().get()).isNull();
        Deployment d = live(new PerformanceMetrics(0.04, 0.09, 0.12, 0.03, 50));
        clock.advance(Duration.ofSeconds(1));
        loop.tick();
        assertThat(workspace.queries().getDeployment(d.deploymentId()).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        loop.wake();
        loop.tick();
        assertThat(workspace.queries().getDeployment(d.deploymentId()).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
    }

    @Test
    void tooFewRequestsMeansNoRollback() {
        EvaluationLoop quiet = new EvaluationLoop(workspace, RequestCounts.estimatedFromThroughput(),
                new InlineTaskExecutor(), clock, rolledBack::addAll);
        Deployment d = live(new PerformanceMetrics(0.04, 0.09, 0.12, 0.03, 5));
        clock.advance(Duration.ofSeconds(10));
        quiet.tick();
        assertThat(workspace.queries().getDeployment(d.deploymentId()).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(rolledBack).isEmpty();
    }

    /** Binds {@code d} to a Prometheus on 127.0.0.1 that nothing answers, with a 2 s timeout. */
    private void boundToNothing(Deployment d) {
        workspace.metricsBindings().set(new io.bellwether.application.port.in.MetricsBinding(d.deploymentId(),
                io.bellwether.application.UnreachablePrometheus.url(), null, io.bellwether.application.port.in.MetricsPresets.histogram("m"), "5m",
                null, Duration.ofSeconds(2)), "sre");
    }

    @Test
    void aBoundDeploymentIsSampledOnTheWorkerAndMissingDataNeverRollsItBack() {
        io.bellwether.ui.HeldTaskExecutor worker = new io.bellwether.ui.HeldTaskExecutor();
        EvaluationLoop onWorker = new EvaluationLoop(workspace, (deployment, now) -> 5000, worker, clock,
                rolledBack::addAll);
        Deployment d = live(new PerformanceMetrics(0.04, 0.09, 0.12, 0.03, 50));
        boundToNothing(d);

        onWorker.tick();
        assertThat(workspace.queries().healthHistory(d.deploymentId(), null, null)).as("nothing until the worker runs")
                .isEmpty();
        worker.releaseAll();

        Deployment stored = workspace.queries().getDeployment(d.deploymentId());
        assertThat(stored.status()).as("its stored degraded metrics are not what is judged")
                .isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(evaluations(d.deploymentId())).isZero();
        assertThat(rolledBack).isEmpty();
        assertThat(workspace.queries().healthHistory(d.deploymentId(), null, null)).singleElement().satisfies(check -> {
            assertThat(check.status()).isEqualTo(io.bellwether.domain.HealthStatus.UNKNOWN);
            assertThat(check.message()).startsWith("No metrics received: ").contains("could not reach");
        });
        LiveSample sample = onWorker.liveSamplesProperty().get().get(d.deploymentId());
        assertThat(sample.latest()).as("an UNKNOWN sample brings no data").isNull();
        assertThat(sample.interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(onWorker.lastEvaluationProperty().get()).isEqualTo(clock.instant());

        clock.advance(Duration.ofSeconds(30));
        onWorker.tick();
        assertThat(worker.waiting()).isOne();
        worker.releaseAll();
        assertThat(workspace.queries().healthHistory(d.deploymentId(), null, null)).as("not due yet").hasSize(1);
        clock.advance(Duration.ofSeconds(30));
        onWorker.tick();
        worker.releaseAll();
        assertThat(workspace.queries().healthHistory(d.deploymentId(), null, null)).as("every check interval")
                .hasSize(2);
    }

    @Test
    void anUnboundCanaryWithAutomaticProgressionAdvancesOnItsStoredChecks() {
        Deployment d = workspace.lifecycle().createDeployment(io.bellwether.application.port.in.DeploymentRequest
                .builder("fraud_detector", "v4.0.0", io.bellwether.domain.DeploymentStrategy.CANARY, "devops")
                .environment("staging").baselineMetrics(Fixtures.BASELINE)
                .rollbackConfig(io.bellwether.domain.RollbackConfig.BALANCED)
                .metadata("schedule", List.of(java.util.Map.of("day", 1, "traffic", 0.1),
                        java.util.Map.of("day", 2, "traffic", 1.0)))
                .metadata("progression", java.util.Map.of("automatic", true, "healthy_checks", 2)).build());
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        workspace.health().updateMetrics(d.deploymentId(), new PerformanceMetrics(0.036, 0.051, 0.076, 0.001, 80),
                Operators.systemUser());
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 2; i++) {
            clock.advance(Duration.ofSeconds(1));
            workspace.health().addHealthCheck(d.deploymentId(), io.bellwether.domain.HealthStatus.HEALTHY,
                    new PerformanceMetrics(0.036, 0.051, 0.076, 0.001, 80), "ok", "collector");
        }

        loop.tick();

        Deployment stored = workspace.queries().getDeployment(d.deploymentId());
        assertThat(stored.metadata()).containsEntry("current_stage", 1);
        assertThat(workspace.audit().query(new AuditQuery(EventType.CANARY_STAGE_CHANGED, null, null, d.deploymentId(),
                null, null))).singleElement().satisfies(event -> assertThat(event.user()).isEqualTo("automated"));
        assertThat(rolledBack).isEmpty();
    }
}
