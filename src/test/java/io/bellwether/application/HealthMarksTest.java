package io.bellwether.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthMarks;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** healthMarks: what the timeline draws of a history, bounded however long the history is. */
class HealthMarksTest extends WorkspaceTestBase {
    private static final PerformanceMetrics METRICS = new PerformanceMetrics(0.03, 0.05, 0.07, 0.01, 20);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** 10 healthy, 5 degraded, 10 healthy, 5 unhealthy, 10 healthy: 40 checks, changes at 0, 10, 15, 25, 30. */
    private String fortyChecks() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        List<HealthCheck> checks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            HealthStatus status = i >= 10 && i < 15 ? HealthStatus.DEGRADED
                    : i >= 25 && i < 30 ? HealthStatus.UNHEALTHY : HealthStatus.HEALTHY;
            checks.add(new HealthCheck(START.plusSeconds(i), status, METRICS, "check " + i));
        }
        service.health().addHealthChecks(id, checks, Operators.systemUser());
        return id;
    }

    @Test
    void aShortHistoryIsDrawnWhole() {
        String id = fortyChecks();

        HealthMarks marks = service.queries().healthMarks(id, 40, 1000);

        assertThat(marks.marks()).isEqualTo(service.queries().healthHistory(id, null, null));
        assertThat(marks.scanned()).isEqualTo(40);
        assertThat(marks.scanFull(1000)).isFalse();
    }

    @Test
    void aLongerHistoryShowsItsFirstCheckEachChangeOfStatusAndItsLast() {
        String id = fortyChecks();

        assertThat(service.queries().healthMarks(id, 39, 1000).marks()).extracting(HealthCheck::message)
                .containsExactly("check 0", "check 10", "check 15", "check 25", "check 30", "check 39");
    }

    @Test
    void thereAreNeverMoreMarksThanAskedTheNewestKept() {
        String id = fortyChecks();

        assertThat(service.queries().healthMarks(id, 3, 1000).marks()).extracting(HealthCheck::message)
                .containsExactly("check 25", "check 30", "check 39");
        assertThat(service.queries().healthMarks(id, 1, 1000).marks()).extracting(HealthCheck::message)
                .containsExactly("check 39");
    }

    @Test
    void onlyTheNewestScannedChecksAreLookedAtTheOldestOfThemMarked() {
        String id = fortyChecks();

        HealthMarks newest20 = service.queries().healthMarks(id, 5, 20);
        assertThat(newest20.marks()).extracting(HealthCheck::message)
                .containsExactly("check 20", "check 25", "check 30", "check 39");
        assertThat(newest20.scanned()).isEqualTo(20);
        assertThat(newest20.scanFull(20)).isTrue();
        assertThat(service.queries().healthMarks(id, 5, 1000).scanned()).isEqualTo(40);
        assertThat(service.queries().healthMarks(id, 20, 20).marks()).extracting(HealthCheck::message)
                .containsExactlyElementsOf(service.queries().latestHealthChecks(id, null, null, 20).stream()
                        .map(HealthCheck::message).toList());
        assertThatThrownBy(() -> service.queries().healthMarks(id, 5, 4)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("newest_scanned");
    }

    @Test
    void marksCarryTheWholeCheck() {
        String id = fortyChecks();

        HealthCheck degraded = service.queries().healthMarks(id, 10, 1000).marks().get(1);
        assertThat(degraded).isEqualTo(service.queries().healthHistory(id, null, null).get(10));
    }

    @Test
    void noChecksNoMarksAndBadArgumentsAreRefused() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();

        assertThat(service.queries().healthMarks(id, 10, 1000).marks()).isEmpty();
        assertThatThrownBy(() -> service.queries().healthMarks(id, 0, 1000)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("most");
        assertThatThrownBy(() -> service.queries().healthMarks("deploy_nope", 10, 1000)).isInstanceOf(NotFoundException.class);
    }
}
