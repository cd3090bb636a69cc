package io.bellwether.application;

import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Metrics, health checks, canary stages, and the evaluations that need no rules. */
class MonitoringTest extends WorkspaceTestBase {
    private static final PerformanceMetrics CURRENT =
            new PerformanceMetrics(0.038, 0.052, 0.078, 0.002, 50.0, Map.of("conversion", 0.031));

    @Test
    void updateMetricsStoresTheCurrentMetricsAndAuditsThem() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.health().updateMetrics(id, CURRENT, Operators.systemUser());
        reopen();

        assertThat(service.queries().getDeployment(id).currentMetrics()).isEqualTo(CURRENT);
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.METRICS_UPDATED);
        assertThat(event.details()).containsKey("metrics");
    }

    @Test
    void updateMetricsRefusesNothing() {
        String id = create().deploymentId();
        assertThatThrownBy(() -> service.health().updateMetrics(id, null, Operators.systemUser()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("metrics");
    }

    @Test
    void healthChecksAreAppendedAndQueriedByTimeRange() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        Instant[] at = new Instant[3];
        HealthStatus[] statuses = {HealthStatus.HEALTHY, HealthStatus.DEGRADED, HealthStatus.UNHEALTHY};
        for (int i = 0; i < 3; i++) {
            tick();
            at[i] = clock.instant();
            service.health().addHealthCheck(id, statuses[i], CURRENT, "check " + i, Operators.systemUser());
        }
        reopen();

        assertThat(service.queries().healthHistory(id, null, null)).extracting(HealthCheck::message)
                .containsExactly("check 0", "check 1", "check 2");
        assertThat(service.queries().healthHistory(id, at[1], null)).extracting(HealthCheck::status)
                .containsExactly(HealthStatus.DEGRADED, HealthStatus.UNHEALTHY);
        assertThat(service.queries().healthHistory(id, null, at[1])).extracting(HealthCheck::timestamp)
                .containsExactly(at[0], at[1]);
        HealthCheck first = service.queries().healthHistory(id, at[0], at[0]).get(0);
        assertThat(first.metrics()).isEqualTo(CURRENT);
        assertThat(eventsOf(EventType.HEALTH_CHECK_RECORDED)).extracting(AuditEvent::severity)
                .containsExactly(EventSeverity.INFO, EventSeverity.WARNING, EventSeverity.ERROR);
    }

    @Test
    void healthCheckWithoutMetricsOrMessageIsKeptEmpty() {
        String id = create().deploymentId();
        service.health().addHealthCheck(id, HealthStatus.UNKNOWN, null, null, Operators.systemUser());

        HealthCheck check = service.queries().healthHistory(id, null, null).get(0);
        assertThat(check.metrics()).isEqualTo(PerformanceMetrics.EMPTY);
        assertThat(check.message()).isEmpty();
        assertThatThrownBy(() -> service.health().addHealthCheck(id, null, CURRENT, "x", Operators.systemUser()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("health status");
    }

    @Test
    void canaryStageAndPauseSurviveARestartAndAreAudited() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.lifecycle().setCanaryStage(id, 0, 0.05, "alice");
        service.lifecycle().setCanaryStage(id, 2, 0.25, "alice");
        service.lifecycle().setCanaryPaused(id, true, "bob");
        reopen();

        Deployment d = service.queries().getDeployment(id);
        assertThat(d.metadata()).containsEntry("current_stage", 2).containsEntry("current_traffic", 0.25)
                .containsEntry("paused", true);
        AuditEvent stage = eventsOf(EventType.CANARY_STAGE_CHANGED).get(1);
        assertThat(stage.user()).isEqualTo("alice");
        assertThat(stage.details()).as("stage index 2 is the third stage").containsEntry("stage_number", 3)
                .containsEntry("traffic", 0.25).containsEntry("previous_stage_number", 1)
                .containsEntry("previous_traffic", 0.05);
        AuditEvent pause = lastEvent();
        assertThat(pause.action()).isEqualTo("pause");
        assertThat(pause.user()).isEqualTo("bob");

        service.lifecycle().setCanaryPaused(id, false, "bob");
        assertThat(service.queries().getDeployment(id).metadata()).containsEntry("paused", false);
        assertThat(lastEvent().action()).isEqualTo("resume");
    }

    @Test
    void canaryStageNeedsALiveDeploymentAndSaneValues() {
        String pending = create().deploymentId();
        assertThatThrownBy(() -> service.lifecycle().setCanaryStage(pending, 1, 0.1, "op"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(pending).hasMessageContaining("pending");
        assertThatThrownBy(() -> service.lifecycle().setCanaryPaused(pending, true, "op"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(pending);
        String live = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        assertThatThrownBy(() -> service.lifecycle().setCanaryStage(live, -1, 0.1, "op"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("stage_index");
        assertThatThrownBy(() -> service.lifecycle().setCanaryStage(live, 1, 1.5, "op"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("traffic_share")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> service.lifecycle().setCanaryStage(live, 1, Double.NaN, "op"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("traffic_share");
        assertThat(eventsOf(EventType.CANARY_STAGE_CHANGED)).isEmpty();
    }

    @Test
    void healthOfAPendingDeploymentIsNotEvaluatedAndWritesNothing() {
        String id = create().deploymentId();
        service.health().updateMetrics(id, CURRENT, Operators.systemUser());
        int before = events().size();

        RollbackDecision decision = service.health().checkDeploymentHealth(id, 5000);

        assertThat(decision.rollback()).isFalse();
        assertThat(decision.skipped()).isEqualTo(RollbackDecision.Skipped.NOT_EVALUATED);
        assertThat(events()).hasSize(before);
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.PENDING);
    }

    @Test
    void healthWithoutCurrentMetricsIsNotEvaluated() {
        String id = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();

        assertThat(service.health().checkDeploymentHealth(id, 5000).skipped())
                .isEqualTo(RollbackDecision.Skipped.NOT_EVALUATED);
        assertThatThrownBy(() -> service.health().checkDeploymentHealth(id, -1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("request_count");
    }

    @Test
    void degradedCanaryIsRolledBackAutomaticallyWithTheJoinedReasonsAndRuleResults() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.health().updateMetrics(id, new PerformanceMetrics(0.038, 0.052, 0.078, 0.02, 50.0), Operators.systemUser());

        RollbackDecision decision = service.health().checkDeploymentHealth(id, 5000);

        assertThat(decision.rollback()).isTrue();
        assertThat(decision.reasons()).contains("Error rate 2.00% exceeds threshold 1.00%");
        Deployment d = service.queries().getDeployment(id);
        assertThat(d.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(d.rollbackReason()).isEqualTo(String.join("; ", decision.reasons())).contains("; ");
        assertThat(d.rollbackTriggeredBy()).isEqualTo("automated");
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.MODEL_ROLLED_BACK);
        assertThat(event.severity()).isEqualTo(EventSeverity.ERROR);
        assertThat(event.user()).isEqualTo("automated");
        assertThat(event.details()).containsEntry("request_count", 5000).containsEntry("reason", d.rollbackReason());
        assertThat((java.util.List<?>) event.details().get("rules")).hasSameSizeAs(decision.rules())
                .anySatisfy(rule -> assertThat(asMap(rule)).containsEntry("rule", "error_rate_threshold")
                        .containsEntry("measured", 0.02).containsEntry("threshold", 0.01)
                        .containsEntry("triggered", true));
    }

    @Test
    void healthyActiveDeploymentStaysAndTheEvaluationIsAudited() {
        String id = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();
        service.health().updateMetrics(id, CURRENT, Operators.systemUser());

        RollbackDecision decision = service.health().checkDeploymentHealth(id, 5000);

        assertThat(decision.rollback()).isFalse();
        assertThat(decision.skipped()).isEqualTo(RollbackDecision.Skipped.NONE);
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ACTIVE);
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.ROLLBACK_EVALUATED);
        assertThat(event.severity()).isEqualTo(EventSeverity.INFO);
        assertThat((java.util.List<?>) event.details().get("rules")).hasSameSizeAs(decision.rules()).isNotEmpty();
    }

    @Test
    void tooFewRequestsSkipsTheRulesAndWritesNothing() {
        String id = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();
        service.health().updateMetrics(id, new PerformanceMetrics(0.038, 0.052, 0.078, 0.5, 50.0), Operators.systemUser());
        int before = events().size();

        RollbackDecision decision = service.health().checkDeploymentHealth(id, 999);

        assertThat(decision.skipped()).isEqualTo(RollbackDecision.Skipped.NOT_ENOUGH_REQUESTS);
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ACTIVE);
        assertThat(events()).hasSize(before);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
