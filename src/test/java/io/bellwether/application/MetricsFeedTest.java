package io.bellwether.application;

import io.bellwether.application.port.in.MetricsFeed;
import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The metrics port over the service: the guide's loop, with or without the engine acting. */
class MetricsFeedTest extends WorkspaceTestBase {
    static final PerformanceMetrics SLOW = new PerformanceMetrics(0.035, 0.150, 0.200, 0.001, 50);
    static final PerformanceMetrics FINE = new PerformanceMetrics(0.035, 0.051, 0.076, 0.001, 50);

    @Test
    void automaticFeedRollsBackAndRecordsTheVerdict() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        MetricsFeed feed = service.metricsFeed(true, Operators.systemUser());

        assertThat(feed.measured(id, FINE, 5000).rollback()).isFalse();
        RollbackDecision decision = feed.measured(id, SLOW, 6000);

        assertThat(decision.rollback()).isTrue();
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(service.queries().getDeployment(id).currentMetrics()).isEqualTo(SLOW);
        assertThat(service.queries().healthHistory(id, null, null)).extracting(HealthCheck::status)
                .containsExactly(HealthStatus.HEALTHY, HealthStatus.UNHEALTHY);
        assertThat(service.queries().healthHistory(id, null, null).get(1).message()).isEqualTo(String.join("; ", decision.reasons()));
    }

    @Test
    void advisoryFeedOnlyJudges() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        MetricsFeed feed = service.metricsFeed(false, Operators.systemUser());

        assertThat(feed.measured(id, SLOW, 6000).rollback()).isTrue();
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(eventsOf(EventType.MODEL_ROLLED_BACK)).isEmpty();
        assertThat(feed.measured(id, FINE, 10).skipped()).isEqualTo(RollbackDecision.Skipped.NOT_ENOUGH_REQUESTS);
        assertThat(service.queries().healthHistory(id, null, null)).extracting(HealthCheck::status)
                .containsExactly(HealthStatus.UNHEALTHY, HealthStatus.UNKNOWN);
    }

    @Test
    void missingDataIsUnknownAndChangesNothingElse() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        MetricsFeed feed = service.metricsFeed(true, Operators.systemUser());
        feed.measured(id, FINE, 5000);

        feed.missing(id, "collector down");

        HealthCheck last = service.queries().healthHistory(id, null, null).get(1);
        assertThat(last.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(last.message()).isEqualTo("No metrics received: collector down");
        assertThat(service.queries().getDeployment(id).currentMetrics()).isEqualTo(FINE);
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
    }
}
