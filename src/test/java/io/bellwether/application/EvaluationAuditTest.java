package io.bellwether.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.PerformanceMetrics;
import org.junit.jupiter.api.Test;

/** Issue 14, item 16: an evaluation is audited when its verdict or inputs changed, not every interval. */
class EvaluationAuditTest extends WorkspaceTestBase {
    static final PerformanceMetrics HEALTHY = new PerformanceMetrics(0.036, 0.051, 0.076, 0.001, 1000.0);
    static final PerformanceMetrics SLOWER = new PerformanceMetrics(0.040, 0.060, 0.090, 0.001, 1000.0);

    @Test
    void repeatedEvaluationsOfUnchangedMetricsAreAuditedOnce() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.health().updateMetrics(id, HEALTHY, "op");

        for (int round = 0; round < 5; round++) {
            tick();
            assertThat(service.health().checkDeploymentHealth(id, 5_000 + round).rollback()).isFalse();
        }
        assertThat(eventsOf(EventType.ROLLBACK_EVALUATED)).hasSize(1);

        service.health().updateMetrics(id, SLOWER, "op");
        service.health().checkDeploymentHealth(id, 6_000);
        service.health().checkDeploymentHealth(id, 6_100);

        assertThat(eventsOf(EventType.ROLLBACK_EVALUATED)).hasSize(2);
        Object requests = eventsOf(EventType.ROLLBACK_EVALUATED).get(1).details().get("request_count");
        assertThat(((Number) requests).longValue()).isEqualTo(6_000);
    }
}
