package io.bellwether.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment written while its checks are read is the same text as the whole tree written at once. */
class DeploymentJsonStreamTest {
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private static Deployment deployment() {
        return new Deployment("d1", "fraud", "v2", DeploymentStrategy.CANARY, DeploymentStatus.IN_PROGRESS,
                "production", "alice", AT, AT.plusSeconds(60), null, null,
                new PerformanceMetrics(0.03, 0.05, 0.07, 0.01, 20), null, RollbackConfig.BALANCED,
                Map.of("team", "risk", "schedule", List.of(1, 2)), null, null);
    }

    private static String streamed(Deployment d, List<HealthCheck> checks) throws Exception {
        StringWriter out = new StringWriter();
        DeploymentJson.write(d, each -> checks.forEach(each), out);
        return out.toString();
    }

    @Test
    void theStreamedTextIsTheTreesText() throws Exception {
        List<HealthCheck> checks = List.of(
                new HealthCheck(AT.plusSeconds(120), HealthStatus.HEALTHY, new PerformanceMetrics(0.04, 0.08, 0.12,
                        0.004, 149, Map.of("gpu", 0.5)), ""),
                new HealthCheck(AT.plusSeconds(180), HealthStatus.UNKNOWN, null, "quote \" and \u00fc"));

        assertThat(streamed(deployment(), checks)).isEqualTo(JsonFiles.write(DeploymentJson.write(deployment(), checks)))
                .contains("\"gpu\" : 0.5");
        assertThat(streamed(deployment(), List.of()))
                .isEqualTo(JsonFiles.write(DeploymentJson.write(deployment(), List.of())));
    }
}
