package io.bellwether.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.RecordSource;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounded reads of a health history: its newest checks, its count (kept as checks are stored), and every
 * check one at a time.
 */
class LatestHealthChecksTest extends WorkspaceTestBase {
    private static final PerformanceMetrics METRICS = new PerformanceMetrics(0.03, 0.05, 0.07, 0.01, 20);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * Checks at seconds 0..9 stored in the order 5..9 then 0..4 (an import of older checks after newer
     * ones), and two more at second 9, so that time, not storage, orders them and the id breaks the tie.
     */
    private String checksStoredOutOfOrder() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.health().addHealthChecks(id, checks(5, 10), Operators.systemUser());
        service.health().addHealthChecks(id, checks(0, 5), Operators.systemUser());
        service.health().addHealthChecks(id, List.of(check(9, "second 9, b"), check(9, "second 9, c")),
                Operators.systemUser());
        return id;
    }

    private static List<HealthCheck> checks(int from, int to) {
        List<HealthCheck> checks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            checks.add(check(i, "second " + i));
        }
        return checks;
    }

    private static HealthCheck check(int second, String message) {
        return new HealthCheck(START.plusSeconds(second), HealthStatus.HEALTHY, METRICS, message);
    }

    @Test
    void theNewestChecksComeOldestFirst() {
        String id = checksStoredOutOfOrder();

        assertThat(service.queries().latestHealthChecks(id, null, null, 4)).extracting(HealthCheck::message)
                .containsExactly("second 8", "second 9", "second 9, b", "second 9, c");
        assertThat(service.queries().latestHealthChecks(id, null, null, 100))
                .isEqualTo(service.queries().healthHistory(id, null, null)).hasSize(12);
    }

    @Test
    void theRangeBoundsAreInclusive() {
        String id = checksStoredOutOfOrder();

        assertThat(service.queries().latestHealthChecks(id, START.plusSeconds(2), START.plusSeconds(4), 10))
                .extracting(HealthCheck::message).containsExactly("second 2", "second 3", "second 4");
        assertThat(service.queries().latestHealthChecks(id, null, START.plusSeconds(6), 2))
                .extracting(HealthCheck::message).containsExactly("second 5", "second 6");
        assertThat(service.queries().latestHealthChecks(id, START.plusSeconds(20), null, 2)).isEmpty();
        assertThat(service.queries().latestHealthChecks(id, null, START.plusSeconds(4).minus(1, ChronoUnit.MICROS),
                1)).as("a bound a microsecond (the stored precision) before a check leaves it out")
                .extracting(HealthCheck::message).containsExactly("second 3");
    }

    @Test
    void theCountAndTheStreamCoverTheWholeHistoryInTimeOrder() {
        String id = checksStoredOutOfOrder();
        List<HealthCheck> streamed = new ArrayList<>();

        service.queries().eachHealthCheck(id, streamed::add);

        assertThat(service.queries().healthCheckCount(id)).isEqualTo(12);
        assertThat(streamed).isEqualTo(service.queries().healthHistory(id, null, null));
        assertThat(streamed.get(0).message()).isEqualTo("second 0");
    }

    @Test
    void theCountFollowsEveryWayChecksAreStoredAndARefusedBatchLeavesIt() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        String other = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.health().addHealthCheck(id, HealthStatus.HEALTHY, METRICS, "one", Operators.systemUser());
        service.health().addHealthCheckAndUpdateMetrics(id, HealthStatus.DEGRADED, METRICS, "two",
                Operators.systemUser());
        service.health().addHealthChecks(id, checks(0, 5), Operators.systemUser());
        service.health().addHealthChecks(other, checks(0, 3), Operators.systemUser());
        RecordSource<HealthCheck, IOException> brokenFile = sink -> {
            sink.accept(check(10, "line 1"));
            sink.accept(check(11, "line 2"));
            throw new IOException("line 3: status is required");
        };

        assertThatThrownBy(() -> service.health().addHealthChecks(id, brokenFile, Operators.systemUser()))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> service.health().addHealthCheck("deploy_nope", HealthStatus.HEALTHY, METRICS, "",
                Operators.systemUser())).isInstanceOf(NotFoundException.class);
        assertThat(service.queries().healthCheckCount(id)).isEqualTo(7)
                .isEqualTo(service.queries().healthHistory(id, null, null).size());
        assertThat(service.queries().healthCheckCount(other)).isEqualTo(3);
    }

    @Test
    void anEmptyHistoryAndBadArguments() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();

        assertThat(service.queries().latestHealthChecks(id, null, null, 5)).isEmpty();
        assertThat(service.queries().healthCheckCount(id)).isZero();
        assertThatThrownBy(() -> service.queries().latestHealthChecks(id, null, null, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("most");
        assertThatThrownBy(() -> service.queries().healthCheckCount("deploy_nope"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.queries().eachHealthCheck("deploy_nope", check -> { }))
                .isInstanceOf(NotFoundException.class);
    }
}
