package io.bellwether.application;

import io.bellwether.application.port.out.RequestCounts;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.PerformanceMetrics;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class RequestCountsTest {
    private static final Instant STARTED = Instant.parse("2026-11-20T10:00:00Z");

    private static Deployment deployment(Instant started, PerformanceMetrics current, Map<String, Object> metadata) {
        return new Deployment("deploy_1", "fraud_detector", "v2.0.0", DeploymentStrategy.CANARY,
                DeploymentStatus.IN_PROGRESS, "production", "devops", STARTED.minusSeconds(60), started, null, null,
                null, current, null, metadata, null, null);
    }

    @Test
    void estimatesRequestsFromThroughputSinceTheStart() {
        RequestCounts feed = RequestCounts.estimatedFromThroughput();
        Deployment running = deployment(STARTED, new PerformanceMetrics(0.03, 0.05, 0.07, 0.001, 50.0), Map.of());
        assertThat(feed.requestCount(running, STARTED.plusSeconds(120))).isEqualTo(6000);
        assertThat(feed.requestCount(running, STARTED.minusSeconds(5))).isZero();
    }

    @Test
    void withoutAStartOrMetricsThereAreNoRequests() {
        RequestCounts feed = RequestCounts.estimatedFromThroughput();
        assertThat(feed.requestCount(deployment(null, new PerformanceMetrics(0, 0, 0, 0, 50.0), Map.of()), STARTED)).isZero();
        assertThat(feed.requestCount(deployment(STARTED, null, Map.of()), STARTED.plusSeconds(60))).isZero();
    }

    @Test
    void aRecordedRequestCountWins() {
        RequestCounts feed = RequestCounts.estimatedFromThroughput();
        Deployment counted = deployment(STARTED, new PerformanceMetrics(0, 0, 0, 0, 50.0), Map.of("request_count", 1234));
        assertThat(feed.requestCount(counted, STARTED.plusSeconds(3600))).isEqualTo(1234);
    }
}
