package io.bellwether.application;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** addHealthChecks: a batch with its own timestamps, in one transaction and one audit event. */
class HealthCheckBatchTest extends WorkspaceTestBase {
    private static final PerformanceMetrics METRICS = new PerformanceMetrics(0.03, 0.05, 0.07, 0.01, 20);

    @Test
    void theBatchKeepsItsTimestampsAndWritesOneEvent() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        int eventsBefore = events().size();
        List<HealthCheck> batch = List.of(
                new HealthCheck(Instant.parse("2026-01-01T00:00:00Z"), HealthStatus.HEALTHY, METRICS, "a"),
                new HealthCheck(Instant.parse("2026-01-01T00:01:00Z"), HealthStatus.UNHEALTHY, null, "b"),
                new HealthCheck(Instant.parse("2026-01-01T00:02:00Z"), HealthStatus.HEALTHY, METRICS, "c"));

        service.health().addHealthChecks(id, batch, Operators.systemUser());
        reopen();

        assertThat(service.queries().healthHistory(id, null, null)).isEqualTo(batch.stream()
                .map(c -> new HealthCheck(c.timestamp(), c.status(), c.metrics(), c.message())).toList());
        assertThat(events()).hasSize(eventsBefore + 1);
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.HEALTH_CHECK_RECORDED);
        assertThat(event.details()).containsEntry("count", 3);
    }

    @Test
    void aBadBatchOrAnUnknownDeploymentWritesNothing() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        int eventsBefore = events().size();
        List<HealthCheck> withNull = new ArrayList<>(Arrays.asList(
                new HealthCheck(Instant.parse("2026-01-01T00:00:00Z"), HealthStatus.HEALTHY, METRICS, "a"), null));

        assertThatThrownBy(() -> service.health().addHealthChecks(id, withNull, Operators.systemUser())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("health checks");
        assertThatThrownBy(() -> service.health().addHealthChecks("deploy_nope", withNull.subList(0, 1), Operators.systemUser()))
                .isInstanceOf(NotFoundException.class);

        assertThat(service.queries().healthHistory(id, null, null)).isEmpty();
        assertThat(events()).hasSize(eventsBefore);
    }
}
