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

    @Test
    void aStreamedSourceIsStoredAsItComesWithOneEventCountingEachStatus() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        int eventsBefore = events().size();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");

        long recorded = service.health().addHealthChecks(id, sink -> {
            for (int i = 0; i < 5; i++) {
                sink.accept(new HealthCheck(start.plusSeconds(i), i == 3 ? HealthStatus.DEGRADED : HealthStatus.HEALTHY,
                        METRICS, "check " + i));
            }
        }, Operators.systemUser());

        assertThat(recorded).isEqualTo(5);
        assertThat(service.queries().healthHistory(id, null, null)).extracting(HealthCheck::message)
                .containsExactly("check 0", "check 1", "check 2", "check 3", "check 4");
        assertThat(events()).hasSize(eventsBefore + 1);
        assertThat(lastEvent().severity()).isEqualTo(io.bellwether.domain.EventSeverity.WARNING);
        assertThat(lastEvent().details()).containsEntry("count", 5)
                .containsEntry("statuses", java.util.Map.of("degraded", 1, "healthy", 4));
    }

    @Test
    void aSourceThatFailsMidwayStoresNothingAndItsExceptionComesBackAsItWas() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        int eventsBefore = events().size();
        java.io.IOException unreadable = new java.io.IOException("disk went away at line 3");

        assertThatThrownBy(() -> service.health().addHealthChecks(id, sink -> {
            sink.accept(new HealthCheck(Instant.parse("2026-01-01T00:00:00Z"), HealthStatus.HEALTHY, METRICS, "a"));
            sink.accept(new HealthCheck(Instant.parse("2026-01-01T00:01:00Z"), HealthStatus.HEALTHY, METRICS, "b"));
            throw unreadable;
        }, Operators.systemUser())).isSameAs(unreadable);

        reopen();
        assertThat(service.queries().healthHistory(id, null, null)).isEmpty();
        assertThat(events()).hasSize(eventsBefore);
    }
}
